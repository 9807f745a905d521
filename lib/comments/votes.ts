import { createHmac } from 'node:crypto'
import type { DatabaseSync } from 'node:sqlite'

import { definePrivateTables, privateTransaction } from '@/lib/private/db'

/*
 * « Utile » votes without accounts: one row per (comment, voter) in the private database. The
 * voter is a random id kept in a signed cookie and stored here only as an HMAC.
 * The count written on the comment is `baseline + rows`: the baseline keeps votes the comment
 * had before its first recorded vote (imported data), so rewriting the count is idempotent.
 */
definePrivateTables(
  'comment-votes',
  `CREATE TABLE IF NOT EXISTS comment_votes (
    comment_id TEXT NOT NULL,
    voter_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (comment_id, voter_hash)
  );
  CREATE TABLE IF NOT EXISTS comment_vote_baselines (
    comment_id TEXT PRIMARY KEY,
    baseline INTEGER NOT NULL
  );`,
)

/** The stored form of a voter id. */
export function voterHash(secret: string, voterId: string): string {
  return createHmac('sha256', secret).update(`voter\n${voterId}`).digest('base64url')
}

/** Outcome of a vote: whether it counted and the total to write on the comment. */
export interface VoteResult {
  added: boolean
  votes: number
}

/**
 * Records one vote; a second vote by the same voter changes nothing. `currentVotes` is the
 * count on the document, used once as baseline.
 */
export function recordVote(
  db: DatabaseSync,
  {
    commentId,
    voter,
    currentVotes,
    now = new Date(),
  }: { commentId: string; voter: string; currentVotes: number; now?: Date },
): VoteResult {
  return privateTransaction(db, () => {
    db.prepare(
      'INSERT OR IGNORE INTO comment_vote_baselines (comment_id, baseline) VALUES (?, ?)',
    ).run(commentId, Math.max(0, Math.floor(currentVotes)))
    const added =
      db
        .prepare(
          'INSERT OR IGNORE INTO comment_votes (comment_id, voter_hash, created_at) VALUES (?, ?, ?)',
        )
        .run(commentId, voter, now.toISOString()).changes > 0
    return { added, votes: countVotes(db, commentId) ?? 0 }
  })
}

/** The authoritative count of a comment, or null when no vote was ever recorded here. */
export function countVotes(db: DatabaseSync, commentId: string): number | null {
  const row = db
    .prepare(
      `SELECT b.baseline + (SELECT COUNT(*) FROM comment_votes v WHERE v.comment_id = b.comment_id) AS n
       FROM comment_vote_baselines b WHERE b.comment_id = ?`,
    )
    .get(commentId)
  return row ? Number(row.n) : null
}

/** Comment ids among `commentIds` this voter already found useful. */
export function votedBy(
  db: DatabaseSync,
  voter: string,
  commentIds: readonly string[],
): Set<string> {
  const check = db.prepare(
    'SELECT 1 AS hit FROM comment_votes WHERE comment_id = ? AND voter_hash = ?',
  )
  return new Set(commentIds.filter((id) => check.get(id, voter)))
}
