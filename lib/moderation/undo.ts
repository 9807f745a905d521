import { randomBytes } from 'node:crypto'
import type { DatabaseSync } from 'node:sqlite'

import { z } from 'zod'

import { definePrivateTables, privateTransaction } from '@/lib/private/db'

/*
 * « Annuler » after a decision in the queue. Each decision (one comment or a bulk selection)
 * leaves a row naming the moderator and, per comment, the trail entry written and the status
 * before it. The row is the undo's only key: an unguessable id carried by the queue's URL and
 * form, usable once, by the same moderator, for UNDO_SECONDS.
 */
definePrivateTables(
  'moderation-undo',
  `
  CREATE TABLE IF NOT EXISTS moderation_undo (
    id TEXT PRIMARY KEY,
    moderator_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    entries TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS moderation_undo_by_age ON moderation_undo (created_at);
  `,
)

/** How long « Annuler » is offered (the server adds a short grace for slow networks). */
export const UNDO_SECONDS = 10
const GRACE_MS = 5_000

/** One decision to take back. */
export interface UndoEntry {
  commentId: string
  eventKey: string
  previousStatus: string
}

const entriesSchema = z
  .array(
    z.object({
      commentId: z.string().min(1),
      eventKey: z.string().min(1),
      previousStatus: z.enum(['pending', 'approved', 'rejected', 'spam']),
    }),
  )
  .min(1)

/** The shape of an undo id, checked before any lookup. */
export const undoIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/)

/** Records the decisions just taken by `moderatorId`; returns the undo id. */
export function rememberDecisions(
  db: DatabaseSync,
  moderatorId: string,
  entries: UndoEntry[],
  now = Date.now(),
): string {
  const id = randomBytes(16).toString('base64url')
  // Old rows are useless after the window: drop them as new ones arrive.
  db.prepare('DELETE FROM moderation_undo WHERE created_at < ?').run(
    now - UNDO_SECONDS * 1000 - GRACE_MS,
  )
  db.prepare(
    'INSERT INTO moderation_undo (id, moderator_id, created_at, entries) VALUES (?, ?, ?, ?)',
  ).run(id, moderatorId, now, JSON.stringify(entries))
  return id
}

/** Whole seconds left to offer « Annuler » for `id` to `moderatorId`, or null if it is not. */
export function undoSecondsLeft(
  db: DatabaseSync,
  id: string,
  moderatorId: string,
  now = Date.now(),
): number | null {
  if (!undoIdSchema.safeParse(id).success) return null
  const row = db
    .prepare('SELECT created_at FROM moderation_undo WHERE id = ? AND moderator_id = ?')
    .get(id, moderatorId)
  if (!row) return null
  const left = Math.ceil((Number(row.created_at) + UNDO_SECONDS * 1000 - now) / 1000)
  return left > 0 ? left : null
}

/**
 * Takes the undo `id` for `moderatorId`, once: the row is deleted in the same transaction.
 * `expired` when the window (plus grace) has passed, `unknown` when it was used, belongs to
 * another moderator or never existed.
 */
export function claimUndo(
  db: DatabaseSync,
  id: string,
  moderatorId: string,
  now = Date.now(),
): { ok: true; entries: UndoEntry[] } | { ok: false; reason: 'expired' | 'unknown' } {
  if (!undoIdSchema.safeParse(id).success) return { ok: false, reason: 'unknown' }
  return privateTransaction(db, () => {
    const row = db
      .prepare('SELECT created_at, entries FROM moderation_undo WHERE id = ? AND moderator_id = ?')
      .get(id, moderatorId)
    if (!row) return { ok: false, reason: 'unknown' } as const
    db.prepare('DELETE FROM moderation_undo WHERE id = ?').run(id)
    if (now > Number(row.created_at) + UNDO_SECONDS * 1000 + GRACE_MS) {
      return { ok: false, reason: 'expired' } as const
    }
    const entries = entriesSchema.safeParse(JSON.parse(String(row.entries)))
    if (!entries.success) return { ok: false, reason: 'unknown' } as const
    return { ok: true, entries: entries.data } as const
  })
}
