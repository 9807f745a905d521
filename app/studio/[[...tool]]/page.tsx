import type { Metadata, Viewport } from 'next'
import { connection } from 'next/server'
import { Suspense } from 'react'
import { getEnv } from '@/lib/env'
import { isSanityConfigured } from '@/sanity/env'
import { StudioLoader } from '../_components/StudioLoader'

// Same values as `metadata` and `viewport` of 'next-sanity/studio', written out rather than
// imported so that this route's server graph holds no Studio module.
export const metadata: Metadata = {
  title: 'Studio',
  referrer: 'same-origin',
  robots: { index: false, follow: false },
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
}

const loading = (
  <p role="status" className="p-8 text-center text-sm text-muted">
    Chargement du Studio…
  </p>
)

/**
 * The Sanity Studio: on the hosted Content Lake when a project is configured, otherwise on the
 * embedded lake's local API (`npm run lake:api`, started by `npm start`).
 */
export default function StudioPage() {
  if (isSanityConfigured) return <StudioLoader />
  return (
    <Suspense fallback={loading}>
      <EmbeddedStudio />
    </Suspense>
  )
}

/** Reads the API's address at request time, so one build serves whatever port it runs on. */
async function EmbeddedStudio() {
  await connection()
  return <StudioLoader lakeApiUrl={getEnv().lakeApiUrl} />
}
