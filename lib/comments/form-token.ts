import { signToken, verifyToken } from '@/lib/security/tokens'

/*
 * « Form started at » token: signed when the form is rendered for a request, checked on submit.
 * A robot posting at once (or replaying an old page) is refused; a person waits a few seconds.
 */

/** Minimum time between showing the form and sending it. */
export const MIN_FILL_MS = 3_000
/** A form left open longer than this must be sent again (its token is renewed on refusal). */
export const FORM_TOKEN_TTL_SECONDS = 2 * 24 * 3600
const PURPOSE = 'comment-form-start'

/** A token stating that a form was shown at `now`. */
export function signStartToken(secret: string, now: number = Date.now()): string {
  return signToken(
    { t: now },
    { secret, purpose: PURPOSE, ttlSeconds: FORM_TOKEN_TTL_SECONDS, now },
  )
}

/** `ok`, or why the submission must be sent again. */
export type StartCheck = 'ok' | 'missing' | 'too-fast' | 'invalid'

/** Checks a start token from a submission. */
export function checkStartToken(
  token: string | undefined,
  secret: string,
  now: number = Date.now(),
): StartCheck {
  if (!token) return 'missing'
  const result = verifyToken<{ t?: unknown }>(token, { secret, purpose: PURPOSE, now })
  if (!result.ok || typeof result.payload.t !== 'number') return 'invalid'
  return now - result.payload.t < MIN_FILL_MS ? 'too-fast' : 'ok'
}
