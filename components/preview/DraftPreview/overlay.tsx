'use client'

import { useRouter } from 'next/navigation'
import { VisualEditing, type VisualEditingProps } from 'next-sanity/visual-editing/client-component'
import { useCallback } from 'react'

type RefreshHandler = NonNullable<VisualEditingProps['refresh']>

/**
 * next-sanity's visual editing (click-to-edit overlays, navigation synced with the Presentation
 * tool). An edit in the Studio re-renders the page from the drafts: neither content source offers
 * the Live Content API here, so a refresh of the route replaces it.
 */
export default function DraftOverlay() {
  const router = useRouter()
  const refresh = useCallback<RefreshHandler>(() => {
    router.refresh()
    // Resolved once the new payload has had time to arrive: the Studio waits before refreshing again.
    return new Promise((resolve) => setTimeout(resolve, 1000))
  }, [router])
  return <VisualEditing refresh={refresh} />
}
