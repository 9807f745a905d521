import { createHmac } from 'node:crypto'
import type { DatabaseSync } from 'node:sqlite'

import { z } from 'zod'

import { definePrivateTables, privateTransaction } from '@/lib/private/db'
import { addressKey } from '@/lib/security/client-ip'

import type { CommentStore, VoteTarget } from './store'
import { newVoter, readVoter } from './voter'

/*
 * « Utile » votes without accounts: one row per (comment, voter) in the private database. The
 * voter is a random id kept in a signed cookie and stored here only as an HMAC.
 * The count written on the comment is `baseline + rows`: the baseline keeps votes the comment
 * had before its first recorded vote (imported data), so rewriting the count is idempotent and
 * withdrawing votes can never take it below what the comment had.
 * Cookies cost nothing to mint, so each client address (an IPv4 address or an IPv6 /64, kept
 * only as an HMAC) also holds at most one standing vote per comment.
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
  );
  CREATE TABLE IF NOT EXISTS comment_vote_addresses (
    comment_id TEXT NOT NULL,
    address_hash TEXT NOT NULL,
    voter_hash TEXT NOT NULL,
    UNIQUE (comment_id, address_hash)
  );`,
)

/** The stored form of a voter id. */
export function voterHash(secret: string, voterId: string): string {
  return createHmac('sha256', secret).update(`voter\n${voterId}`).digest('base64url')
}

/** The stored form of a client address, grouped as `addressKey` does. */
export function voteAddressHash(secret: string, ip: string): string {
  return createHmac('sha256', secret)
    .update(`vote-address\n${addressKey(ip)}`)
    .digest('base64url')
}

/**
 * Outcome of a vote: whether it counted, and the total to write on the comment. `address`: it
 * did not count because another voter already voted for the comment from the same address.
 */
export interface VoteResult {
  added: boolean
  votes: number
  address?: true
}

/**
 * Records one vote; a second vote by the same voter changes nothing, nor does a vote from an
 * address that already holds one for this comment (`address` given). `currentVotes` is the
 * count on the document, used once as baseline.
 */
export function recordVote(
  db: DatabaseSync,
  {
    commentId,
    voter,
    address,
    currentVotes,
    now = new Date(),
  }: { commentId: string; voter: string; address?: string; currentVotes: number; now?: Date },
): VoteResult {
  return privateTransaction(db, () => {
    db.prepare(
      'INSERT OR IGNORE INTO comment_vote_baselines (comment_id, baseline) VALUES (?, ?)',
    ).run(commentId, Math.max(0, Math.floor(currentVotes)))
    const already = db
      .prepare('SELECT 1 AS hit FROM comment_votes WHERE comment_id = ? AND voter_hash = ?')
      .get(commentId, voter)
    if (already) return { added: false, votes: countVotes(db, commentId) ?? 0 }
    if (address) {
      const free =
        db
          .prepare(
            'INSERT OR IGNORE INTO comment_vote_addresses (comment_id, address_hash, voter_hash) VALUES (?, ?, ?)',
          )
          .run(commentId, address, voter).changes > 0
      if (!free) return { added: false, votes: countVotes(db, commentId) ?? 0, address: true }
    }
    db.prepare(
      'INSERT INTO comment_votes (comment_id, voter_hash, created_at) VALUES (?, ?, ?)',
    ).run(commentId, voter, now.toISOString())
    return { added: true, votes: countVotes(db, commentId) ?? 0 }
  })
}

/**
 * Takes back this voter's vote (and frees the address it was cast from); nothing happens when
 * there is none. Votes of the baseline are nobody's and stay.
 */
export function withdrawVote(
  db: DatabaseSync,
  { commentId, voter, currentVotes }: { commentId: string; voter: string; currentVotes: number },
): { removed: boolean; votes: number } {
  return privateTransaction(db, () => {
    const removed =
      db
        .prepare('DELETE FROM comment_votes WHERE comment_id = ? AND voter_hash = ?')
        .run(commentId, voter).changes > 0
    db.prepare('DELETE FROM comment_vote_addresses WHERE comment_id = ? AND voter_hash = ?').run(
      commentId,
      voter,
    )
    return { removed, votes: countVotes(db, commentId) ?? currentVotes }
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

/** What the « Utile » button asks: count a vote, or take it back. */
export type VoteIntent = 'voter' | 'retirer'

const voteRequest = z.object({
  commentId: z.string().regex(/^comment\.[0-9a-f-]{36}$/),
  intent: z.enum(['voter', 'retirer']).default('voter'),
})

/** Everything a vote touches, passed in so tests use temporary stores. */
export interface VoteContext {
  store: Pick<CommentStore, 'getVoteTarget' | 'setVotes'>
  db: DatabaseSync
  secret: string
  /** Client address (lib/security/client-ip.ts), `direct` when unknown. */
  ip: string
  /** The voter cookie the request carried, if any. */
  voterCookie: string | undefined
  now?: Date
}

/**
 * The answer to a vote. `votes`/`voted` null: unchanged. `newVoterCookie`: a voter id to set
 * (the request had none, or a forged one). `retry`: nothing was counted because the voter id
 * did not exist yet; the same click sent again, with the cookie, will count.
 */
export interface VoteAnswer {
  votes: number | null
  voted: boolean | null
  message: string
  retry?: true
  newVoterCookie?: string
  /** Article whose comment thread shows a new count. */
  changedArticle?: string
}

const UNCHANGED = { votes: null, voted: null } as const

/**
 * One click on « Utile », with or without JavaScript. A vote counts only with a voter id the
 * server signed on an earlier request: a request without one (or with a forged one) counts
 * nothing and gets a fresh id, so sending votes without keeping cookies moves no count. Each
 * voter has one vote per comment, each client address one standing vote per comment, and a
 * voter can take theirs back. The absolute count is then written on the comment.
 */
export async function castVote(
  form: { commentId: unknown; intent: unknown },
  ctx: VoteContext,
): Promise<VoteAnswer> {
  const parsed = voteRequest.safeParse(form)
  if (!parsed.success) return { ...UNCHANGED, message: 'Ce commentaire est introuvable.' }
  const { commentId, intent } = parsed.data
  const target = await ctx.store.getVoteTarget(commentId)
  if (!target || target.status !== 'approved') {
    return { ...UNCHANGED, message: 'Ce commentaire n’est plus disponible.' }
  }
  const voterId = readVoter(ctx.voterCookie, ctx.secret)
  if (!voterId) {
    if (intent === 'retirer') {
      return { votes: null, voted: false, message: NO_VOTE_MESSAGE }
    }
    return {
      ...UNCHANGED,
      retry: true,
      newVoterCookie: newVoter(ctx.secret).value,
      message:
        'Cliquez de nouveau sur « Utile » pour confirmer votre vote (votre navigateur doit accepter les cookies de ce site).',
    }
  }
  const voter = voterHash(ctx.secret, voterId)
  if (intent === 'retirer') {
    const result = withdrawVote(ctx.db, { commentId, voter, currentVotes: target.votes })
    const changedArticle = await writeCount(ctx, target, result.votes)
    return {
      votes: result.votes,
      voted: false,
      message: result.removed ? 'Votre vote est retiré.' : NO_VOTE_MESSAGE,
      changedArticle,
    }
  }
  const result = recordVote(ctx.db, {
    commentId,
    voter,
    address: voteAddressHash(ctx.secret, ctx.ip),
    currentVotes: target.votes,
    now: ctx.now,
  })
  const changedArticle = await writeCount(ctx, target, result.votes)
  if (result.address) {
    return {
      votes: result.votes,
      voted: false,
      message: 'Un vote pour ce commentaire a déjà été enregistré depuis votre connexion.',
      changedArticle,
    }
  }
  return {
    votes: result.votes,
    voted: true,
    message: result.added
      ? 'Merci, votre vote est enregistré. Cliquez de nouveau pour le retirer.'
      : 'Vous avez déjà voté pour ce commentaire. Cliquez de nouveau pour retirer votre vote.',
    changedArticle,
  }
}

const NO_VOTE_MESSAGE = 'Aucun vote de votre part n’est enregistré pour ce commentaire.'

/** Writes the authoritative count on the comment when it differs; answers the article to expire. */
async function writeCount(
  ctx: VoteContext,
  target: VoteTarget,
  votes: number,
): Promise<string | undefined> {
  if (votes === target.votes) return undefined
  await ctx.store.setVotes(target._id, votes)
  return target.articleId ?? undefined
}
