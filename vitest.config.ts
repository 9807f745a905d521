import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./', import.meta.url)) },
  },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    // `server-only` throws outside a React Server environment; unit tests exercise server code directly.
    server: { deps: { inline: ['server-only'] } },
    alias: { 'server-only': fileURLToPath(new URL('./tests/unit/server-only.ts', import.meta.url)) },
    testTimeout: 30_000,
    pool: 'forks',
  },
})
