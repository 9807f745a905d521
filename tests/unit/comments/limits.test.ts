import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { DIRECT_BUCKET, isBanned, ban, unban } from '@/lib/comments/bans'
import { clientIp, consumeRateLimit, submissionBuckets } from '@/lib/comments/ratelimit'

import { fixture, NOW, submission, submit, type Fixture } from './helpers'

let f: Fixture
beforeEach(() => {
  f = fixture()
})
afterEach(() => f.close())

describe('clientIp', () => {
  const headers = new Headers({ 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '10.0.0.1, 6.6.6.6' })
  it('ignores a forged X-Forwarded-For when no header is trusted', () => {
    expect(clientIp(headers, undefined)).toBe(DIRECT_BUCKET)
  })
  it('reads the last address of the trusted header only (the one the proxy added)', () => {
    expect(clientIp(headers, 'x-real-ip')).toBe('6.6.6.6')
    expect(clientIp(new Headers({ 'x-real-ip': '10.0.0.1' }), 'x-real-ip')).toBe('10.0.0.1')
    expect(clientIp(new Headers({ 'x-real-ip': '[2001:db8::1]' }), 'x-real-ip')).toBe('2001:db8::1')
    expect(clientIp(new Headers({ 'x-real-ip': '<script>' }), 'x-real-ip')).toBe(DIRECT_BUCKET)
    expect(clientIp(new Headers(), 'x-real-ip')).toBe(DIRECT_BUCKET)
  })
})

describe('rate limits', () => {
  const limits = [
    { max: 5, windowSeconds: 600 },
    { max: 20, windowSeconds: 86_400 },
  ]
  it('allows 5 per 10 minutes, then again once the window slides', () => {
    const buckets = submissionBuckets('s', { ip: '203.0.113.7', email: 'a@b.fr' })
    const t = NOW.getTime()
    for (let i = 0; i < 5; i++)
      expect(consumeRateLimit(f.db, buckets, { limits, now: t + i })).toBe(true)
    expect(consumeRateLimit(f.db, buckets, { limits, now: t + 10 })).toBe(false)
    expect(consumeRateLimit(f.db, buckets, { limits, now: t + 601_000 })).toBe(true)
  })

  it('caps a day at 20', () => {
    const buckets = submissionBuckets('s', { ip: '203.0.113.8', email: 'c@d.fr' })
    let allowed = 0
    for (let i = 0; i < 40; i++) {
      if (consumeRateLimit(f.db, buckets, { limits, now: NOW.getTime() + i * 11 * 60_000 }))
        allowed++
    }
    expect(allowed).toBe(20)
  })

  it('limits an e-mail across addresses, and stores no address in clear', () => {
    for (let i = 0; i < 5; i++) {
      expect(
        consumeRateLimit(
          f.db,
          submissionBuckets('s', { ip: `198.51.100.${i}`, email: 'Same@x.fr' }),
          { limits, now: NOW.getTime() },
        ),
      ).toBe(true)
    }
    expect(
      consumeRateLimit(f.db, submissionBuckets('s', { ip: '198.51.100.99', email: 'same@x.fr' }), {
        limits,
        now: NOW.getTime(),
      }),
    ).toBe(false)
    const rows = f.db.prepare('SELECT bucket FROM comment_rate_events').all()
    expect(JSON.stringify(rows)).not.toMatch(/198\.51|same@x/i)
  })

  it('ignores X-Forwarded-For without a trusted header, and never throttles the shared bucket', async () => {
    const ip = clientIp(new Headers({ 'x-forwarded-for': '1.2.3.4' }), undefined)
    const forged = clientIp(new Headers({ 'x-forwarded-for': '9.9.9.9' }), undefined)
    expect(ip).toBe(DIRECT_BUCKET)
    expect(forged).toBe(DIRECT_BUCKET)
    // Every reader shares `direct`: limiting it would throttle the whole site, so six readers
    // in a row all get through, and the per-address limit still holds for each of them.
    for (let i = 0; i < 6; i++) {
      const outcome = await submit(f, submission({ email: `lecteur${i}@example.fr` }), { ip })
      expect(outcome.ok).toBe(true)
    }
  })

  it('does not count an attempt the content store failed to write', async () => {
    const down = new Error('Content Lake indisponible (503)')
    const store = { ...f.store, create: () => Promise.reject(down) }
    for (let i = 0; i < 6; i++) {
      await expect(submit(f, submission(), { store })).rejects.toBe(down)
    }
    expect(f.db.prepare('SELECT count(*) AS n FROM comment_rate_events').get()).toEqual({ n: 0 })
    // Once the store is back, the reader's next try goes through.
    expect((await submit(f, submission())).ok).toBe(true)
  })
})

describe('bans', () => {
  it('bans and lifts bans on e-mails (any case) and IPs, never the shared direct bucket', () => {
    ban(f.db, { kind: 'email', value: 'Troll@Example.fr', by: 'Camille' })
    ban(f.db, { kind: 'email', value: 'troll@example.fr', reason: 'récidive' })
    expect(isBanned(f.db, { email: 'TROLL@example.fr' })).toBe(true)
    expect(isBanned(f.db, { email: 'autre@example.fr' })).toBe(false)
    ban(f.db, { kind: 'ip', value: DIRECT_BUCKET })
    expect(isBanned(f.db, { ip: DIRECT_BUCKET })).toBe(false)
    expect(unban(f.db, 'email', 'troll@example.fr')).toBe(true)
    expect(isBanned(f.db, { email: 'troll@example.fr' })).toBe(false)
  })
})
