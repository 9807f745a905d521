import path from 'node:path'

import type { NextConfig } from 'next'

import { parseEnv } from './lib/env/schema'
import { sharedCacheRules } from './lib/http-cache'
import { recordBuiltSiteUrl } from './lib/env/site-url'
import { securityHeaderRules } from './lib/security/headers'

// Fail fast, naming the variable, before anything is built or served.
const env = parseEnv()

const nextConfig: NextConfig = {
  cacheComponents: true,
  // A second build beside the default one (the scale-out test builds in Sanity mode).
  distDir: process.env.KIOSQUE_DIST_DIR || '.next',
  // Next's file-system page cache, which also stores with each prerendered page the hashes of
  // its inline scripts as a Content-Security-Policy (docs/security.md), and shares tag
  // revalidations across instances when REDIS_URL is set.
  cacheHandler: path.resolve('lib/security/csp-cache-handler.ts'),
  // Off: with it, a page whose cache tag was just expired (a comment erased or moderated) is
  // answered from the param-less fallback shell resumed with the stale prerender's data, and an
  // unknown slug streams its not-found page with status 200. Off, an expired page is rendered
  // again before it is served and unknown slugs get a real 404. The comment form does not need
  // it: without JavaScript it posts to a route handler (see lib/comments/nojs.ts).
  partialPrefetching: false,
  // node:sqlite and the lake are server-only Node code; keep them out of the bundler.
  serverExternalPackages: ['groq-js', '@sanity/mutator', 'image-size'],
  images: {
    localPatterns: [{ pathname: '/media/images/**' }],
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.sanity.io' }],
    formats: ['image/avif', 'image/webp'],
  },
  poweredByHeader: false,
  // Several instances: revalidations reach every instance's `'use cache'` entries through Redis
  // (packages/next-cache-redis), as they reach its pages through the page cache above.
  ...(env.redisUrl
    ? { cacheHandlers: { default: path.resolve('packages/next-cache-redis/use-cache-handler.ts') } }
    : {}),
  compiler: {
    // Prerendered pages keep the public URL they were built with: `npm start` reads it back and
    // rebuilds when it is about to serve another one (lib/env/site-url.ts).
    runAfterProductionCompile: async ({ distDir }) => recordBuiltSiteUrl(distDir, env.siteUrl),
  },
  experimental: {
    serverActions: {
      // The largest legitimate post is a comment (4,000 characters, at most 16 KB of UTF-8) or a
      // bulk moderation selection; anything much bigger is refused with 413 before parsing.
      bodySizeLimit: '64kb',
    },
  },
  // CSP, HSTS (production builds only) and friends: see lib/security/headers.ts.
  // Read when the build is made: a lake API away from loopback (LAKE_API_URL) needs a rebuild.
  headers: async () => [
    ...sharedCacheRules(),
    ...securityHeaderRules({
      production: process.env.NODE_ENV === 'production',
      studio:
        env.mode === 'embedded'
          ? { mode: 'embedded', lakeApiUrl: env.lakeApiUrl }
          : { mode: 'sanity', apiHost: env.apiHost },
    }),
  ],
}

export default nextConfig
