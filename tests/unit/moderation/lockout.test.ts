import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createModerator } from '@/lib/moderation/accounts'
import { LOCKOUT_MS, MAX_FAILURES, MAX_FAILURES_PER_IP } from '@/lib/moderation/lockout'
import { authenticate, loginMessages } from '@/lib/moderation/login'

import { tempPrivateDb } from './helpers'

let env: ReturnType<typeof tempPrivateDb>
const password = 'douze-caracteres-au-moins'
const email = 'camille@kiosque.example'

beforeEach(async () => {
  env = tempPrivateDb()
  await createModerator(env.db, { name: 'Camille Roussey', email, password })
})
afterEach(() => env.cleanup())

const attempt = (fields: { email?: string; password?: string; ip?: string }, now: number) =>
  authenticate(env.db, { email, password, ip: '203.0.113.7', ...fields }, now)

describe('login throttling', () => {
  it('accepts the right password, case-insensitively on the e-mail', async () => {
    const result = await attempt({ email: 'Camille@Kiosque.Example' }, 0)
    expect(result).toMatchObject({ ok: true, moderator: { email, role: 'moderator' } })
    expect(JSON.stringify(result)).not.toContain('scrypt')
  })

  it('locks the IP + e-mail pair for 15 minutes after 5 failures, right password included', async () => {
    for (let i = 1; i < MAX_FAILURES; i++) {
      expect(await attempt({ password: `faux-${i}` }, i)).toEqual({ ok: false, reason: 'invalid' })
    }
    expect(await attempt({ password: 'faux-5' }, 5)).toEqual({ ok: false, reason: 'locked' })
    expect(await attempt({}, 10)).toEqual({ ok: false, reason: 'locked' })
    // Another client address is not locked out by someone else's failures.
    expect(await attempt({ ip: '198.51.100.4' }, 10)).toMatchObject({ ok: true })
    expect(await attempt({}, 5 + LOCKOUT_MS + 1)).toMatchObject({ ok: true })
  })

  it('treats unknown e-mails exactly like known ones', async () => {
    const unknown = 'personne@kiosque.example'
    for (let i = 1; i < MAX_FAILURES; i++) {
      expect(await attempt({ email: unknown }, i)).toEqual({ ok: false, reason: 'invalid' })
    }
    expect(await attempt({ email: unknown }, 5)).toEqual({ ok: false, reason: 'locked' })
    expect(loginMessages.invalid).not.toMatch(/existe|inconnu/)
    expect(loginMessages.locked).toContain('15 minutes')
  })

  it('counts failures per IP across e-mails, except for the shared « direct » bucket', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await attempt({ email: `inconnu-${i}@kiosque.example`, ip: '192.0.2.9' }, i)
    }
    expect(await attempt({ ip: '192.0.2.9' }, 100)).toEqual({ ok: false, reason: 'locked' })
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await attempt({ email: `inconnu-${i}@kiosque.example`, ip: 'direct' }, i)
    }
    expect(await attempt({ ip: 'direct' }, 100)).toMatchObject({ ok: true })
  }, 180_000) // 60 scrypt derivations

  it('a success resets the failure count', async () => {
    for (let i = 1; i < MAX_FAILURES; i++) await attempt({ password: 'faux' }, i)
    expect(await attempt({}, 10)).toMatchObject({ ok: true })
    expect(await attempt({ password: 'faux' }, 11)).toEqual({ ok: false, reason: 'invalid' })
  })
})
