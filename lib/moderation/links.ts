import { z } from 'zod'

import { signToken, verifyToken } from '@/lib/security/tokens'

/**
 * Signed links of moderation mails: purpose `moderate`, valid 72 hours, bound to one comment,
 * one decision and one moderator account, so a forwarded link cannot do anything else.
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
