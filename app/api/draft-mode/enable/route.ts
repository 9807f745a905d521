import { defineEnableDraftMode } from 'next-sanity/draft-mode'

import { previewSecretClient } from '@/lib/preview/client'
import { safeRedirectPath } from '@/lib/security/redirect'

// The page the Presentation tool asks for, which next-sanity redirects to once the secret holds.
const PATHNAME_PARAM = 'sanity-preview-pathname'

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
  // Checked here like every redirect target of the site: next-sanity only resolves it against a
  // dummy origin, which lets `/.//other.example` through as `//other.example`.
  const url = new URL(request.url)
  const pathname = url.searchParams.get(PATHNAME_PARAM)
  if (pathname !== null) url.searchParams.set(PATHNAME_PARAM, safeRedirectPath(pathname))
  const response = await defineEnableDraftMode({ client }).GET(new Request(url, request))
  if (response.status !== 401) return response
  // next-sanity's refusal text is English and names its internals: log it, answer in French.
  console.warn('[draft-mode] secret refusé :', await response.text())
  return new Response(
    'Lien d’aperçu invalide ou expiré : rouvrez l’aperçu depuis le Studio (outil « Aperçu »).',
    {
      status: 401,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    },
  )
}
