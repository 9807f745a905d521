import { NextResponse, type NextRequest } from 'next/server'

import { LOGIN_PATH, SESSION_COOKIE_NAMES } from '@/lib/moderation/session-cookie'

/**
 * An optimistic check only: a visitor without any session cookie gets a real 307 to the login
 * form instead of a page whose redirect arrives in a streamed part. The page itself still checks
 * the session (`requireModerator`); a forged or expired cookie passes here and is refused there.
 */
export function proxy(request: NextRequest): NextResponse | undefined {
  // Page views only: a Server Action posted to the queue answers its own 401 with a redirect the
  // client router understands (a 307 here would send the action to the login page).
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined
  const { cookies } = request
  if (cookies.has(SESSION_COOKIE_NAMES.secure) || cookies.has(SESSION_COOKIE_NAMES.plain)) {
    return undefined
  }
  return NextResponse.redirect(new URL(LOGIN_PATH, request.url))
}

export const config = { matcher: ['/moderation'] }
