import { configDefaults, defineConfig } from 'vitest/config'

/** Renderer components run in jsdom; everything else (main, shared, built bundles) in plain Node. */
const RENDERER_TESTS = 'tests/unit/renderer/**/*.test.tsx'

export default defineConfig({
  test: {
    testTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, RENDERER_TESTS],
          environment: 'node'
        }
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          include: [RENDERER_TESTS],
          environment: 'jsdom',
          setupFiles: ['tests/support/jsdom-setup.ts']
        }
      }
    ]
  }
})
