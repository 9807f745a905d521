import { randomBytes } from 'node:crypto'
import type { DatabaseSync } from 'node:sqlite'

import { definePrivateTables } from '@/lib/private/db'
import { signToken, verifyToken } from '@/lib/security/tokens'

/*
 * « Form started at » token: signed when the form is rendered for a request, checked on submit.
 * A robot posting at once (or replaying an old page) is refused; a person waits a few seconds.
 * Each token carries a random id and is good for one comment: the id of an accepted token is
 * kept in the private database until the token would have expired anyway.
 */
definePrivateTables(
  'comment-form-tokens',
  `CREATE TABLE IF NOT EXISTS comment_form_tokens_used (
    id TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS comment_form_tokens_used_expiry ON comment_form_tokens_used (expires_at);`,
)

/** Minimum time between showing the form and sending it. */
export const MIN_FILL_MS = 3_000
/** A form left open longer than this must be sent again (its token is renewed on refusal). */
export const FORM_TOKEN_TTL_SECONDS = 2 * 24 * 3600
const PURPOSE = 'comment-form-start'

/** A token stating that a form was shown at `now`. */
export function signStartToken(secret: string, now: number = Date.now()): string {
  return signToken(
    { t: now, i: randomBytes(12).toString('base64url') },
    { secret, purpose: PURPOSE, ttlSeconds: FORM_TOKEN_TTL_SECONDS, now },
  )
}

/** `ok` with the token's id, or why the submission must be sent again. */
export type StartCheck =
  | { ok: true; id: string; shownAt: number }
  | {
      ok: false
      reason: 'missing' | 'too-fast' | 'invalid'
    }

/** Checks a start token from a submission (signature, age); see `spendStartToken` for reuse. */
export function checkStartToken(
  token: string | undefined,
  secret: string,
  now: number = Date.now(),
): StartCheck {
  if (!token) return { ok: false, reason: 'missing' }
  const result = verifyToken<{ t?: unknown; i?: unknown }>(token, { secret, purpose: PURPOSE, now })
  if (!result.ok) return { ok: false, reason: 'invalid' }
  const { t, i } = result.payload
  if (typeof t !== 'number' || typeof i !== 'string' || !/^[\w-]{16}$/.test(i)) {
    return { ok: false, reason: 'invalid' }
  }
  return now - t < MIN_FILL_MS ? { ok: false, reason: 'too-fast' } : { ok: true, id: i, shownAt: t }
}

/**
 * Marks a checked token as used; false when it already was. One atomic insert, so two
 * submissions racing with the same token cannot both pass.
 */
export function spendStartToken(
  db: DatabaseSync,
  token: { id: string; shownAt: number },
  now: number = Date.now(),
): boolean {
  db.prepare('DELETE FROM comment_form_tokens_used WHERE expires_at < ?').run(now)
  return (
    db
      .prepare('INSERT OR IGNORE INTO comment_form_tokens_used (id, expires_at) VALUES (?, ?)')
      .run(token.id, token.shownAt + FORM_TOKEN_TTL_SECONDS * 1000).changes > 0
  )
}

/** Gives a spent token back: the comment it carried could not be stored. */
export function refundStartToken(db: DatabaseSync, id: string): void {
  db.prepare('DELETE FROM comment_form_tokens_used WHERE id = ?').run(id)
}
