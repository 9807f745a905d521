'use client'

import { lazy } from 'react'

// A separate chunk, fetched only when rendered (draft mode): imported statically, the overlays'
// loader (next/dynamic and next-sanity's wrapper, 2 KB gzip) would be in the first load of
// every reader page, since every page's layout holds <DraftPreview />.
const DraftOverlay = lazy(() => import('./overlay'))

/** next-sanity's visual editing for the Presentation tool, loaded on demand. */
export function DraftVisualEditing() {
  return <DraftOverlay />
}
