import type { Metadata, Viewport } from 'next'
import { isSanityConfigured } from '@/sanity/env'
import { StudioLoader } from '../_components/StudioLoader'
import { StudioUnavailable } from '../_components/StudioUnavailable'

// Same values as `metadata` and `viewport` of 'next-sanity/studio', written out rather than
// imported so that this route's server graph holds no Studio module when the Studio is off.
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

/**
 * The Sanity Studio when a project is configured; otherwise (embedded mode, the default) a server
 * rendered page explaining how to connect one, which ships no Studio code at all.
 */
export default function StudioPage() {
  return isSanityConfigured ? <StudioLoader /> : <StudioUnavailable />
}
