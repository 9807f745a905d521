import { safeRedirectPath } from '@/lib/security/redirect'
import { unsubscribe } from '@/lib/subscriptions'

/**
 * RFC 8058 one-click unsubscribe: the URL of the `List-Unsubscribe` header, which mail clients
 * POST to (`List-Unsubscribe=One-Click`) without cookies or JavaScript. It sits beside the
 * page rather than on it because a route handler and a page cannot share a path.
 */
export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('jeton') ?? undefined
  const result = await unsubscribe(token)
  const headers = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
  if (!result.ok) {
    return new Response('Lien de désabonnement invalide ou incomplet.', { status: 400, headers })
  }
  return new Response('Désabonnement effectué.', { status: 200, headers })
}

/** A client that opens the header URL in a browser gets the page with its button: GET never acts. */
export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('jeton')
  const query = token ? `?jeton=${encodeURIComponent(token)}` : ''
  // A relative Location (RFC 9110) stays right behind any proxy, whatever host Next sees.
  return new Response(null, {
    status: 303,
    headers: {
      location: safeRedirectPath(`/abonnements/desabonner${query}`),
      'cache-control': 'no-store',
    },
  })
}
