import { draftMode } from 'next/headers'
import { Suspense } from 'react'

import { DraftVisualEditing } from './index.client'

/**
 * Draft mode only: the Presentation tool's overlays and a way out of the preview. For readers it
 * renders nothing, so none of its client code is referenced by their pages.
 */
export async function DraftPreview() {
  if (!(await draftMode()).isEnabled) return null
  return (
    <>
      {/* The overlays read the URL (useSearchParams): a boundary keeps that below the page. */}
      <Suspense fallback={null}>
        <DraftVisualEditing />
      </Suspense>
      <p
        role="status"
        data-testid="draft-mode"
        className="fixed bottom-2 left-2 z-50 bg-ink px-3 py-1.5 text-sm text-paper"
      >
        Aperçu des brouillons ·{' '}
        {/* A plain link: a prefetch of the route would leave draft mode by itself. */}
        <a href="/api/draft-mode/disable" className="underline">
          Quitter l’aperçu
        </a>
      </p>
    </>
  )
}
