import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./', import.meta.url)) },
  },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // `server-only` throws outside a React Server environment; unit tests exercise server code directly.
    // next-sanity too: its ESM imports `next/headers` without extension, which only a bundler
    // (or Vite, once inlined) resolves; inlined, its calls also meet the tests' `vi.mock`s.
    server: { deps: { inline: ['server-only', 'next-sanity'] } },
    alias: {
      'server-only': fileURLToPath(new URL('./tests/unit/server-only.ts', import.meta.url)),
    },
    testTimeout: 30_000,
    pool: 'forks',
  },
})
