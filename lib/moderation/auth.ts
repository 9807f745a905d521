import 'server-only'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { connection } from 'next/server'

import { getEnv } from '@/lib/env'
import { getPrivateDb } from '@/lib/private'
import { clientIp } from '@/lib/security/client-ip'

import type { Moderator } from './accounts'
import type { Role } from './schema'
import {
  createSession,
  deleteSession,
  purgeExpiredSessions,
  resolveSession,
  SESSION_ABSOLUTE_MS,
} from './sessions'
import { LOGIN_PATH, sessionCookieFor } from './session-cookie'

export { LOGIN_PATH } from './session-cookie'

/** Refusal of a moderation request: 401 without a valid session, 403 for a role not allowed. */
export class ModerationAuthError extends Error {
  constructor(readonly status: 401 | 403) {
    super(status === 401 ? 'Connexion requise.' : 'Action réservée à un autre rôle.')
    this.name = 'ModerationAuthError'
  }
}

/** The session cookie of this site (`__Host-` over https, see ./session-cookie). */
export function sessionCookie(): { name: string; secure: boolean } {
  return sessionCookieFor(getEnv().siteUrl)
}

/** The moderator of the request's session cookie, or null. */
export async function currentModerator(): Promise<Moderator | null> {
  // Session expiry reads the clock: this must happen per request, never in a prerender.
  await connection()
  const value = (await cookies()).get(sessionCookie().name)?.value
  return resolveSession(getPrivateDb(), value)
}

/**
 * Every moderation page, action and route calls this on the server (never middleware alone).
 * Pages (`for: 'page'`, default) are redirected to the login form without a session; actions
 * and route handlers (`for: 'action'`) get a `ModerationAuthError` (401, or 403 when the
 * account's role is not in `roles`).
 */
export async function requireModerator(
  options: { for?: 'page' | 'action'; roles?: readonly Role[] } = {},
): Promise<Moderator> {
  const moderator = await currentModerator()
  if (!moderator) {
    if (options.for === 'action') throw new ModerationAuthError(401)
    redirect(LOGIN_PATH)
  }
  if (options.roles && !options.roles.includes(moderator.role)) throw new ModerationAuthError(403)
  return moderator
}

/** The client address used for login throttling (see lib/security/client-ip.ts). */
export async function requestIp(): Promise<string> {
  return clientIp(await headers(), getEnv().trustedProxyHeader)
}

/** Opens a session for `moderatorId` and sets the cookie (HttpOnly, SameSite=Lax, Path=/). */
export async function startSession(moderatorId: string): Promise<void> {
  const db = getPrivateDb()
  const jar = await cookies()
  const { name, secure } = sessionCookie()
  purgeExpiredSessions(db)
  // A fresh id at every login; any session this browser held before is ended (no fixation).
  deleteSession(db, jar.get(name)?.value)
  const sessionId = createSession(db, moderatorId)
  jar.set(name, sessionId, {
    httpOnly: true,
    secure,
    sameSite: 'lax',
    path: '/',
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  })
}

/** Deletes the session row and the cookie. */
export async function endSession(): Promise<void> {
  const jar = await cookies()
  const { name, secure } = sessionCookie()
  deleteSession(getPrivateDb(), jar.get(name)?.value)
  // A __Host- cookie is only replaced by one with the same Secure/Path attributes.
  jar.set(name, '', { httpOnly: true, secure, sameSite: 'lax', path: '/', maxAge: 0 })
}
