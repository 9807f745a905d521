import { NextResponse, type NextRequest } from 'next/server'

import { LOGIN_PATH, SESSION_COOKIE_NAMES } from '@/lib/moderation/session-cookie'
import { moderationCsp, newNonce, readerCsp } from '@/lib/security/headers'

/**
 * Routes rendered at request time whatever happens (their prerendered shell is empty): each
 * response gets a fresh nonce, which Next reads from the request's Content-Security-Policy and
 * puts on every script it writes, so their policy needs no `'unsafe-inline'`. Prerendered reader
 * pages are not listed: a nonce would force them to render per request; their inline scripts are
 * allowed by hash instead (lib/security/csp-cache-handler.ts).
 */
function withScriptNonce(request: NextRequest): NextResponse {
  const dev = process.env.NODE_ENV !== 'production'
  const nonce = newNonce()
  const csp = request.nextUrl.pathname.startsWith('/moderation')
    ? moderationCsp({ dev, nonce })
    : readerCsp({ dev, nonce })
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', csp)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', csp)
  return response
}

/**
 * The moderation queue: an optimistic check only. A visitor without any session cookie gets a
 * real 307 to the login form instead of a page whose redirect arrives in a streamed part. The
 * page itself still checks the session (`requireModerator`); a forged or expired cookie passes
 * here and is refused there.
 */
function needsLogin(request: NextRequest): boolean {
  // Page views only: a Server Action posted to the queue answers its own 401 with a redirect the
  // client router understands (a 307 here would send the action to the login page).
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (request.nextUrl.pathname !== '/moderation') return false
  const { cookies } = request
  return !cookies.has(SESSION_COOKIE_NAMES.secure) && !cookies.has(SESSION_COOKIE_NAMES.plain)
}

export function proxy(request: NextRequest): NextResponse {
  if (needsLogin(request)) return NextResponse.redirect(new URL(LOGIN_PATH, request.url))
  return withScriptNonce(request)
}

export const config = { matcher: ['/moderation', '/moderation/:path*', '/recherche'] }
