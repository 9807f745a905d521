import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import {
  claimDecisionLink,
  DECISION_TTL_SECONDS,
  decisionTokenId,
  findDecisionLinkUse,
  releaseDecisionLink,
  signDecision,
  verifyDecision,
} from '@/lib/moderation/links'
import { signToken } from '@/lib/security/tokens'

import { tempPrivateDb } from './helpers'

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

describe('decision links are single use', () => {
  let env: ReturnType<typeof tempPrivateDb>
  beforeEach(() => {
    env = tempPrivateDb()
  })
  afterEach(() => env.cleanup())

  it('the first claim wins, even from another connection; the second learns who and when', () => {
    const token = signDecision(grant, secret)
    const other = new DatabaseSync(path.join(env.dir, 'private.db'))
    try {
      const first = claimDecisionLink(env.db, token, grant, 1_000)
      expect(first).toEqual({ ok: true, tokenId: decisionTokenId(token) })
      expect(claimDecisionLink(other, token, grant, 2_000)).toEqual({
        ok: false,
        use: {
          tokenId: decisionTokenId(token),
          commentId: grant.commentId,
          decision: 'approve',
          moderatorId: grant.moderatorId,
          usedAt: new Date(1_000),
        },
      })
      expect(claimDecisionLink(env.db, token, grant)).toMatchObject({ ok: false })
    } finally {
      other.close()
    }
  })

  it('the id is not the token, another link of the same mail stays usable, a release frees it', () => {
    const approve = signDecision(grant, secret)
    const reject = signDecision({ ...grant, decision: 'reject' }, secret)
    expect(decisionTokenId(approve)).not.toContain(approve.split('.')[2])
    const claimed = claimDecisionLink(env.db, approve, grant)
    expect(claimed.ok).toBe(true)
    expect(claimDecisionLink(env.db, reject, { ...grant, decision: 'reject' }).ok).toBe(true)
    expect(findDecisionLinkUse(env.db, decisionTokenId(approve))?.decision).toBe('approve')
    releaseDecisionLink(env.db, decisionTokenId(approve))
    expect(findDecisionLinkUse(env.db, decisionTokenId(approve))).toBeNull()
    expect(claimDecisionLink(env.db, approve, grant).ok).toBe(true)
  })
})
