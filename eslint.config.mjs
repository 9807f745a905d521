import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import { defineConfig, globalIgnores } from 'eslint/config'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Reader pages link with plain anchors: every page is prerendered and cached, and `next/link`
    // would add about 7 KB of JavaScript to each of them (README « Performance »). The comment
    // thread's in-page views use components/site/SoftLink; the back office keeps `next/link`.
    files: ['app/(site)/**', 'app/not-found.tsx', 'components/**'],
    ignores: ['components/moderation/**'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  globalIgnores([
    '.next/**',
    '.next-scale/**',
    '.data/**',
    'node_modules/**',
    'sanity.types.ts',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'bench/**',
  ]),
])
