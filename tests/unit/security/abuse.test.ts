import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { DIRECT_BUCKET } from '@/lib/comments/bans'
import { ADDRESS_LIMITS, clientIp } from '@/lib/comments/ratelimit'
import { requestDataDeletion } from '@/lib/subscriptions/erase'
import { MAILS_PER_ADDRESS_PER_DAY } from '@/lib/subscriptions/limits'
import { requestSubscription } from '@/lib/subscriptions/subscribe'

import { fixture, submission, submit, type Fixture } from '../comments/helpers'
import { ARTICLE, testWorld } from '../mail/helpers'

/*
 * Abuse with figures: a client forging X-Forwarded-For against the per-IP limits, and forms
 * used to flood someone else's mailbox. Prints « [sécurité/abus] … ».
 */
const ATTEMPTS = 30
const REAL_IP = '203.0.113.50'

let f: Fixture
beforeEach(() => {
  f = fixture()
})
afterEach(() => f.close())

/** One attacker, one real address, a new forged X-Forwarded-For and a new e-mail each time. */
async function forgedBurst(trusted: string | undefined, proxyHeaders: (forged: string) => Headers) {
  let accepted = 0
  for (let i = 0; i < ATTEMPTS; i++) {
    const forged = `198.51.100.${i + 1}`
    const ip = clientIp(proxyHeaders(forged), trusted)
    const outcome = await submit(
      f,
      submission({ email: `robot${i}@example.fr`, body: `Message numéro ${i} du robot.` }),
      { ip },
    )
    if (outcome.ok) accepted++
  }
  return accepted
}

describe('X-Forwarded-For forged by the client', () => {
  it('without TRUSTED_PROXY_HEADER, is never read', () => {
    const ips = new Set(
      Array.from({ length: ATTEMPTS }, (_, i) =>
        clientIp(new Headers({ 'x-forwarded-for': `198.51.100.${i}` }), undefined),
      ),
    )
    expect([...ips]).toEqual([DIRECT_BUCKET])
  })

  it('behind a proxy that appends to X-Forwarded-For, still limits the real address', async () => {
    const accepted = await forgedBurst(
      'x-forwarded-for',
      (forged) => new Headers({ 'x-forwarded-for': `${forged}, ${REAL_IP}` }),
    )
    expect(accepted).toBe(ADDRESS_LIMITS[0]?.max)
  })

  it('with another trusted header, ignores X-Forwarded-For altogether', async () => {
    const accepted = await forgedBurst(
      'x-real-ip',
      (forged) => new Headers({ 'x-forwarded-for': forged, 'x-real-ip': REAL_IP }),
    )
    expect(accepted).toBe(ADDRESS_LIMITS[0]?.max)
  })
})

describe('mail bombing through the forms', () => {
  // Spellings of one mailbox an attacker might type to get past a per-address count.
  const spellings = (i: number) =>
    [
      'victime@example.fr',
      'VICTIME@EXAMPLE.FR',
      'Victime@Example.fr',
      `victime+${i}@example.fr`,
      `Victime+promo${i}@EXAMPLE.fr`,
    ][i % 5] ?? 'victime@example.fr'

  it('subscription requests send at most 3 confirmations per mailbox a day', async () => {
    const world = testWorld()
    for (let i = 0; i < 50; i++) {
      await requestSubscription(world.deps, {
        email: spellings(i),
        name: 'Victime',
        articleId: ARTICLE,
        kind: 'thread',
      })
    }
    const sent = world.outbox().length
    expect(sent).toBe(MAILS_PER_ADDRESS_PER_DAY)
  })

  it('data-deletion requests send at most 3 links per mailbox a day', async () => {
    const world = testWorld()
    for (let i = 0; i < 50; i++) await requestDataDeletion(world.deps, spellings(i))
    const sent = world.outbox().length
    expect(sent).toBe(MAILS_PER_ADDRESS_PER_DAY)
    // Another mailbox is not affected.
    await requestDataDeletion(world.deps, 'autre@example.fr')
    expect(world.outbox().length).toBe(MAILS_PER_ADDRESS_PER_DAY + 1)
  })
})
