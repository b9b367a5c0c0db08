import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const root = import.meta.dirname

export default defineConfig({
  main: {
    // Three entries share one bundle graph: the Electron main process; the browser-mode server,
    // which must never import electron (a unit test reads the built file to prove it); and the
    // worker thread either of them starts to lay out PDF briefs (out/main/brief-worker.js,
    // found at run time beside the bundle; no electron in it either).
    build: {
      rolldownOptions: {
        input: {
          index: resolve(root, 'src/main/index.ts'),
          server: resolve(root, 'src/main/server/cli.ts'),
          'brief-worker': resolve(root, 'src/main/briefs/worker.ts')
        }
      }
    }
  },
  preload: {
    // A sandboxed preload cannot load ESM; .cjs keeps Node from reading it as a module under "type":"module".
    build: {
      rolldownOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    base: './',
    build: {
      minify: true,
      rolldownOptions: { input: { index: resolve(root, 'src/renderer/index.html') } }
    },
    plugins: [react()]
  }
})
