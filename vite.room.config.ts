import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const root = import.meta.dirname

/**
 * The participant page (phones in the room): its own tiny bundle, built apart from the
 * facilitator's renderer so nothing of it (React, Mantine, features) can end up on a phone.
 * Older syntax target: a five-year-old Android browser must run it.
 */
export default defineConfig({
  root: resolve(root, 'src/room-page'),
  base: './',
  publicDir: false,
  build: {
    outDir: resolve(root, 'out/room'),
    emptyOutDir: true,
    target: ['es2018', 'chrome70', 'safari12', 'firefox68'],
    modulePreload: false,
    minify: true,
    cssCodeSplit: false,
    rolldownOptions: { input: { index: resolve(root, 'src/room-page/index.html') } }
  }
})
