import { defineEnableDraftMode } from 'next-sanity/draft-mode'

import { previewSecretClient } from '@/lib/preview/client'

/**
 * Entry of the Studio's Presentation tool: enables draft mode (the `__prerender_bypass` cookie)
 * only for a `sanity-preview-secret` that the Studio wrote into the dataset less than an hour
 * ago, then redirects to `sanity-preview-pathname`. Anything else gets a 401 and no cookie.
 */
export async function GET(request: Request): Promise<Response> {
  const client = previewSecretClient()
  if (!client) {
    console.warn('[draft-mode] SANITY_API_READ_TOKEN absent : aperçu des brouillons impossible')
    return new Response('Aperçu indisponible : le serveur n’a pas de jeton de lecture Sanity.', {
      status: 503,
      headers: { 'cache-control': 'no-store' },
    })
  }
  return defineEnableDraftMode({ client }).GET(request)
}
