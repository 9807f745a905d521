import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/*
 * `npm run test:scale`: the production shape (nginx, two instances, Redis, the lake API as
 * Content Lake), every piece a real process. One file, one build, a few minutes.
 */
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./', import.meta.url)) },
  },
  test: {
    environment: 'node',
    include: ['tests/scale/**/*.test.ts'],
    server: { deps: { inline: ['server-only'] } },
    alias: {
      'server-only': fileURLToPath(new URL('./tests/unit/server-only.ts', import.meta.url)),
    },
    testTimeout: 120_000,
    hookTimeout: 600_000,
    pool: 'forks',
    fileParallelism: false,
  },
})
