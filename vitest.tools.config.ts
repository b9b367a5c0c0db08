import { defineConfig } from 'vitest/config'

/** Tools that write checked-in fixtures (`npm run crypto:vector`): never part of `npm test`. */
export default defineConfig({
  test: { include: ['tests/tools/**/*.tool.ts'], environment: 'node', pool: 'forks', testTimeout: 120_000 }
})
