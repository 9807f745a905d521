import type { DatabaseSync } from 'node:sqlite'

import { DIRECT_BUCKET } from '@/lib/comments/bans'
import { definePrivateTables } from '@/lib/private/db'

/*
 * The client address of each submitted comment, kept in the private database (never in the
 * content store) only so a moderator can ban it, and only for 30 days.
 */
definePrivateTables(
  'comment-origins',
  `CREATE TABLE IF NOT EXISTS comment_origins (
    comment_id TEXT PRIMARY KEY,
    ip TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS comment_origins_by_date ON comment_origins (created_at);`,
)

export const ORIGIN_RETENTION_MS = 30 * 24 * 60 * 60 * 1000

/**
 * Records the address a comment came from (call it right after storing the comment). The shared
 * `direct` bucket (no trusted proxy header) is not an address and is not recorded.
 */
export function rememberCommentIp(
  db: DatabaseSync,
  commentId: string,
  ip: string,
  now = Date.now(),
): void {
  if (!ip || ip === DIRECT_BUCKET) return
  db.prepare('DELETE FROM comment_origins WHERE created_at < ?').run(now - ORIGIN_RETENTION_MS)
  db.prepare(
    'INSERT OR REPLACE INTO comment_origins (comment_id, ip, created_at) VALUES (?, ?, ?)',
  ).run(commentId, ip, now)
}

/** The recorded address of a comment, or null (not recorded, or older than 30 days). */
export function commentIp(db: DatabaseSync, commentId: string, now = Date.now()): string | null {
  const row = db
    .prepare('SELECT ip FROM comment_origins WHERE comment_id = ? AND created_at >= ?')
    .get(commentId, now - ORIGIN_RETENTION_MS)
  return row ? String(row.ip) : null
}
