import type { NextConfig } from 'next'

import { parseEnv } from './lib/env/schema'
import { securityHeaderRules } from './lib/security/headers'

// Fail fast, naming the variable, before anything is built or served.
parseEnv()

const nextConfig: NextConfig = {
  cacheComponents: true,
  // On: the static shell keeps the comment form usable without JavaScript (a form post re-renders
  // it with its answer). Cost: an unknown slug streams the not-found page with status 200 (and
  // noindex); turning this off gives real 404s but hides the no-JS form answer in a boundary.
  partialPrefetching: true,
  // node:sqlite and the lake are server-only Node code; keep them out of the bundler.
  serverExternalPackages: ['groq-js', '@sanity/mutator', 'image-size'],
  images: {
    localPatterns: [{ pathname: '/media/images/**' }],
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.sanity.io' }],
    formats: ['image/avif', 'image/webp'],
  },
  poweredByHeader: false,
  experimental: {
    serverActions: {
      // The largest legitimate post is a comment (4,000 characters, at most 16 KB of UTF-8) or a
      // bulk moderation selection; anything much bigger is refused with 413 before parsing.
      bodySizeLimit: '64kb',
    },
  },
  // CSP, HSTS (production builds only) and friends: see lib/security/headers.ts.
  headers: async () => securityHeaderRules({ production: process.env.NODE_ENV === 'production' }),
}

export default nextConfig
