import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/*
 * `npm run test:stress`: load and fault tests with figures, the last part of `npm test` but one.
 * Files run one after the other: they start servers and measure throughput on a shared machine.
 */
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./', import.meta.url)) },
  },
  test: {
    environment: 'node',
    include: ['tests/stress/**/*.stress.ts'],
    globalSetup: ['tests/stress/summary.ts'],
    server: { deps: { inline: ['server-only'] } },
    alias: {
      'server-only': fileURLToPath(new URL('./tests/unit/server-only.ts', import.meta.url)),
    },
    testTimeout: 180_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
})
