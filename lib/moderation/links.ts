import { createHash } from 'node:crypto'
import type { DatabaseSync } from 'node:sqlite'

import { z } from 'zod'

import { definePrivateTables } from '@/lib/private/db'
import { signToken, verifyToken } from '@/lib/security/tokens'

/**
 * Signed links of moderation mails: purpose `moderate`, valid 72 hours and once, bound to one
 * comment, one decision and one moderator account, so a forwarded link cannot do anything else.
 */
export const DECISION_PURPOSE = 'moderate'
export const DECISION_TTL_SECONDS = 72 * 60 * 60

export const linkDecisions = ['approve', 'reject', 'spam'] as const
export type LinkDecision = (typeof linkDecisions)[number]

const payloadSchema = z.object({
  c: z.string().regex(/^comment\.[A-Za-z0-9-]+$/),
  a: z.enum(linkDecisions),
  m: z.string().min(1),
})

/** What a decision link authorises. */
export interface DecisionGrant {
  commentId: string
  decision: LinkDecision
  moderatorId: string
}

/** Signs the token of a decision link (the `jeton` query parameter). */
export function signDecision(grant: DecisionGrant, secret: string, now = Date.now()): string {
  return signToken(
    { c: grant.commentId, a: grant.decision, m: grant.moderatorId },
    { secret, purpose: DECISION_PURPOSE, ttlSeconds: DECISION_TTL_SECONDS, now },
  )
}

/** Verifies a decision token: signature, purpose, expiry and payload shape. */
export function verifyDecision(
  token: string,
  secret: string,
  now = Date.now(),
):
  | { ok: true; grant: DecisionGrant }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' } {
  const result = verifyToken(token, { secret, purpose: DECISION_PURPOSE, now })
  if (!result.ok) return result
  const payload = payloadSchema.safeParse(result.payload)
  if (!payload.success) return { ok: false, reason: 'malformed' }
  return {
    ok: true,
    grant: { commentId: payload.data.c, decision: payload.data.a, moderatorId: payload.data.m },
  }
}

/*
 * A decision link works once. The first confirmed use records the token's id (SHA-256 of the
 * token, which has a single spelling) under a unique key; a second use finds the row and is told
 * who decided and when, instead of being offered the button again.
 */
definePrivateTables(
  'moderation-decision-links',
  `
  CREATE TABLE IF NOT EXISTS moderation_link_uses (
    token_id TEXT PRIMARY KEY,
    comment_id TEXT NOT NULL,
    decision TEXT NOT NULL,
    moderator_id TEXT NOT NULL,
    used_at INTEGER NOT NULL
  );
  `,
)

/** The stored id of a decision token (never the token itself). */
export function decisionTokenId(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}

/** A recorded use of a decision link. */
export interface DecisionLinkUse {
  tokenId: string
  commentId: string
  decision: LinkDecision
  moderatorId: string
  usedAt: Date
}

function toUse(row: Record<string, unknown> | undefined): DecisionLinkUse | null {
  if (!row) return null
  const decision = linkDecisions.find((value) => value === row.decision)
  if (!decision) return null
  return {
    tokenId: String(row.token_id),
    commentId: String(row.comment_id),
    decision,
    moderatorId: String(row.moderator_id),
    usedAt: new Date(Number(row.used_at)),
  }
}

/** The recorded use of a token id, or null when the link was never used. */
export function findDecisionLinkUse(db: DatabaseSync, tokenId: string): DecisionLinkUse | null {
  return toUse(db.prepare('SELECT * FROM moderation_link_uses WHERE token_id = ?').get(tokenId))
}

/**
 * Claims a verified link for one use, atomically (the primary key refuses a second insert, in
 * this process or another): `{ ok: true }` for the first caller, otherwise the earlier use.
 */
export function claimDecisionLink(
  db: DatabaseSync,
  token: string,
  grant: DecisionGrant,
  now = Date.now(),
): { ok: true; tokenId: string } | { ok: false; use: DecisionLinkUse | null } {
  const tokenId = decisionTokenId(token)
  const inserted = db
    .prepare(
      `INSERT INTO moderation_link_uses (token_id, comment_id, decision, moderator_id, used_at)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT (token_id) DO NOTHING`,
    )
    .run(tokenId, grant.commentId, grant.decision, grant.moderatorId, now)
  if (Number(inserted.changes) === 1) return { ok: true, tokenId }
  return { ok: false, use: findDecisionLinkUse(db, tokenId) }
}

/** Gives a claimed link back when its decision could not be applied (so it can be retried). */
export function releaseDecisionLink(db: DatabaseSync, tokenId: string): void {
  db.prepare('DELETE FROM moderation_link_uses WHERE token_id = ?').run(tokenId)
}
