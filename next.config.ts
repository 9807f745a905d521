import type { NextConfig } from 'next'

import { parseEnv } from './lib/env/schema'

// Fail fast, naming the variable, before anything is built or served.
parseEnv()

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Off on purpose: with it, an unknown slug is answered 200 with a streamed not-found page;
  // without it the first request for a new slug renders fully, so notFound() gives a real 404.
  partialPrefetching: false,
  // node:sqlite and the lake are server-only Node code; keep them out of the bundler.
  serverExternalPackages: ['groq-js', '@sanity/mutator', 'image-size'],
  images: {
    localPatterns: [{ pathname: '/media/images/**' }],
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.sanity.io' }],
    formats: ['image/avif', 'image/webp'],
  },
  poweredByHeader: false,
}

export default nextConfig
