import { describe, expect, it } from 'vitest'

import { DECISION_TTL_SECONDS, signDecision, verifyDecision } from '@/lib/moderation/links'
import { signToken } from '@/lib/security/tokens'

const secret = 'un-secret-de-test-suffisamment-long-pour-hmac'
const grant = {
  commentId: 'comment.7252a090-6985-5b32-bb6f-0a5a7f7fbb64',
  decision: 'approve' as const,
  moderatorId: '928c0e6c-bec5-4c1f-be64-1d001ae5ee38',
}

describe('signed moderation links', () => {
  it('round-trips comment, decision and moderator for 72 hours', () => {
    const token = signDecision(grant, secret, 0)
    expect(verifyDecision(token, secret, (DECISION_TTL_SECONDS - 1) * 1000)).toEqual({
      ok: true,
      grant,
    })
    expect(verifyDecision(token, secret, (DECISION_TTL_SECONDS + 1) * 1000)).toEqual({
      ok: false,
      reason: 'expired',
    })
  })

  it('refuses tampering: another decision, comment or moderator in the payload', () => {
    const token = signDecision(grant, secret)
    const [, expiry, signature] = token.split('.')
    for (const payload of [
      { c: grant.commentId, a: 'spam', m: grant.moderatorId },
      { c: 'comment.autre', a: 'approve', m: grant.moderatorId },
      { c: grant.commentId, a: 'approve', m: 'admin' },
    ]) {
      const forged = `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${expiry}.${signature}`
      expect(verifyDecision(forged, secret)).toEqual({ ok: false, reason: 'signature' })
    }
    expect(verifyDecision(`${token}x`, secret)).toMatchObject({ ok: false })
    expect(verifyDecision(token, `${secret}!`)).toEqual({ ok: false, reason: 'signature' })
  })

  it('refuses a token signed for another purpose, and payloads of the wrong shape', () => {
    const payload = { c: grant.commentId, a: grant.decision, m: grant.moderatorId }
    const unsubscribe = signToken(payload, { secret, purpose: 'unsubscribe', ttlSeconds: 3600 })
    expect(verifyDecision(unsubscribe, secret)).toEqual({ ok: false, reason: 'signature' })
    const odd = signToken(
      { ...payload, a: 'delete' },
      { secret, purpose: 'moderate', ttlSeconds: 60 },
    )
    expect(verifyDecision(odd, secret)).toEqual({ ok: false, reason: 'malformed' })
  })
})
