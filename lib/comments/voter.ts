import { randomUUID } from 'node:crypto'

import { signToken, verifyToken } from '@/lib/security/tokens'

/*
 * The voter cookie: a random id, signed so a reader cannot pick someone else's, HttpOnly and
 * SameSite=Lax. It identifies a browser, not a person. It is issued by a vote that arrives
 * without one, which then counts nothing (see `castVote`): a client that does not keep cookies
 * never votes, and one that mints a new id per vote still holds one vote per address.
 */

/** Cookie name. */
export const VOTER_COOKIE = 'kiosque_votant'
const PURPOSE = 'comment-voter'

/** A new signed voter id: `{ id, value }`, value being the cookie content. */
export function newVoter(secret: string): { id: string; value: string } {
  const id = randomUUID()
  return { id, value: signToken({ v: id }, { secret, purpose: PURPOSE }) }
}

/** The voter id of a cookie value, or null when absent, forged or malformed. */
export function readVoter(value: string | undefined, secret: string): string | null {
  if (!value) return null
  const result = verifyToken<{ v?: unknown }>(value, { secret, purpose: PURPOSE })
  return result.ok && typeof result.payload.v === 'string' ? result.payload.v : null
}

/** Cookie attributes: one year, whole site, not readable by scripts. */
export function voterCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', maxAge: 365 * 24 * 3600 }
}
