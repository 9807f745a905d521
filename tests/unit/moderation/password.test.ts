import * as crypto from 'node:crypto'

import { describe, expect, it, vi } from 'vitest'

import { hashPassword, verifyAgainstDecoy, verifyPassword } from '@/lib/moderation/password'

// Wraps the real function (no behaviour change) to prove the comparison goes through it.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>()
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) }
})

describe('moderator passwords', () => {
  it('stores scrypt N=2^15 r=8 p=1 with a random salt, never the password', async () => {
    const first = await hashPassword('une phrase de passe solide')
    const second = await hashPassword('une phrase de passe solide')
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/)
    expect(first).not.toContain('phrase')
    expect(first).not.toBe(second)
  })

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('une phrase de passe solide')
    expect(await verifyPassword('une phrase de passe solide', stored)).toBe(true)
    expect(await verifyPassword('une phrase de passe solidE', stored)).toBe(false)
    expect(await verifyPassword('', stored)).toBe(false)
  })

  it('compares with timingSafeEqual, and refuses malformed hashes without throwing', async () => {
    const stored = await hashPassword('une phrase de passe solide')
    vi.mocked(crypto.timingSafeEqual).mockClear()
    await verifyPassword('mauvais mot de passe', stored)
    expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(1)
    const parts = stored.split('$')
    expect(await verifyPassword('x', parts.slice(0, 5).join('$'))).toBe(false)
    expect(await verifyPassword('x', `${parts.slice(0, 5).join('$')}$AAAA`)).toBe(false)
    expect(await verifyPassword('x', stored.replace('scrypt', 'md5'))).toBe(false)
  })

  it('spends a real derivation on unknown accounts and always answers false', async () => {
    vi.mocked(crypto.timingSafeEqual).mockClear()
    expect(await verifyAgainstDecoy('n’importe quoi')).toBe(false)
    expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(1)
  })
})
