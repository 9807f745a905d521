import { createHash, randomBytes } from 'node:crypto'
import type { DatabaseSync } from 'node:sqlite'

import { getModeratorById, type Moderator } from './accounts'

/** A session ends after 8 hours without activity, and 7 days after login whatever happens. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000
// Writing last_seen_at on every request would serialise all page loads on the private database.
const TOUCH_EVERY_MS = 60 * 1000

/** Only this digest is stored: a copy of the database does not yield usable cookies. */
function digest(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex')
}

/** Opens a session and returns its id (32 random bytes, base64url), to be put in the cookie. */
export function createSession(db: DatabaseSync, moderatorId: string, now = Date.now()): string {
  const sessionId = randomBytes(32).toString('base64url')
  db.prepare(
    'INSERT INTO moderator_sessions (id_hash, moderator_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
  ).run(digest(sessionId), moderatorId, now, now)
  return sessionId
}

/** The moderator of a live session, or null (unknown, expired or account removed). */
export function resolveSession(
  db: DatabaseSync,
  sessionId: string | undefined,
  now = Date.now(),
): Moderator | null {
  if (!sessionId || !/^[A-Za-z0-9_-]{43}$/.test(sessionId)) return null
  const hash = digest(sessionId)
  const row = db.prepare('SELECT * FROM moderator_sessions WHERE id_hash = ?').get(hash)
  if (!row) return null
  const createdAt = Number(row.created_at)
  const lastSeenAt = Number(row.last_seen_at)
  if (now - lastSeenAt > SESSION_IDLE_MS || now - createdAt > SESSION_ABSOLUTE_MS) {
    db.prepare('DELETE FROM moderator_sessions WHERE id_hash = ?').run(hash)
    return null
  }
  const moderator = getModeratorById(db, String(row.moderator_id))
  if (!moderator) return null
  if (now - lastSeenAt > TOUCH_EVERY_MS) {
    db.prepare('UPDATE moderator_sessions SET last_seen_at = ? WHERE id_hash = ?').run(now, hash)
  }
  return moderator
}

/** Ends a session (logout); unknown ids are ignored. */
export function deleteSession(db: DatabaseSync, sessionId: string | undefined): void {
  if (sessionId)
    db.prepare('DELETE FROM moderator_sessions WHERE id_hash = ?').run(digest(sessionId))
}

/** Drops sessions past either limit; called at login so the table does not grow forever. */
export function purgeExpiredSessions(db: DatabaseSync, now = Date.now()): void {
  db.prepare('DELETE FROM moderator_sessions WHERE last_seen_at < ? OR created_at < ?').run(
    now - SESSION_IDLE_MS,
    now - SESSION_ABSOLUTE_MS,
  )
}
