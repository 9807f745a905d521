import { describe, expect, it } from 'vitest'

import { signToken, verifyToken } from '@/lib/security/tokens'

const secret = 'un-secret-de-test-suffisamment-long-pour-hmac'

describe('signed tokens', () => {
  it('round-trips a payload for the same purpose', () => {
    const token = signToken(
      { email: 'a@example.com' },
      { secret, purpose: 'unsubscribe', ttlSeconds: 60 },
    )
    expect(verifyToken(token, { secret, purpose: 'unsubscribe' })).toEqual({
      ok: true,
      payload: { email: 'a@example.com' },
    })
  })

  it('refuses another purpose, another secret and any tampering', () => {
    const token = signToken({ id: 1 }, { secret, purpose: 'vote' })
    expect(verifyToken(token, { secret, purpose: 'delete-data' })).toMatchObject({
      ok: false,
      reason: 'signature',
    })
    expect(verifyToken(token, { secret: `${secret}!`, purpose: 'vote' })).toMatchObject({
      ok: false,
    })
    const [payload, expiry, signature] = token.split('.')
    const forged = `${Buffer.from(JSON.stringify({ id: 2 })).toString('base64url')}.${expiry}.${signature}`
    expect(verifyToken(forged, { secret, purpose: 'vote' })).toMatchObject({
      ok: false,
      reason: 'signature',
    })
    expect(verifyToken(`${payload}.${expiry}`, { secret, purpose: 'vote' })).toMatchObject({
      reason: 'malformed',
    })
    expect(verifyToken('', { secret, purpose: 'vote' })).toMatchObject({ ok: false })
  })

  it('expires', () => {
    const now = Date.UTC(2026, 10, 30)
    const token = signToken('x', { secret, purpose: 'p', ttlSeconds: 10, now })
    expect(verifyToken(token, { secret, purpose: 'p', now: now + 9_000 }).ok).toBe(true)
    expect(verifyToken(token, { secret, purpose: 'p', now: now + 11_000 })).toMatchObject({
      reason: 'expired',
    })
  })
})
