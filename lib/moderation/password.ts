import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * Moderator passwords, hashed with scrypt (N = 2^15, r = 8, p = 1, 16-byte random salt), stored
 * as `scrypt$N$r$p$salt$hash` so the cost can be raised later without breaking old hashes.
 */
export const MIN_PASSWORD_LENGTH = 12

const COST = { N: 2 ** 15, r: 8, p: 1 }
const KEY_LENGTH = 32
// 128 · N · r = 32 MiB, exactly Node's default ceiling: give scrypt some headroom.
const MAX_MEMORY = 64 * 1024 * 1024

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

/** Hashes a password with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, { ...COST, maxmem: MAX_MEMORY })
  return [
    'scrypt',
    COST.N,
    COST.r,
    COST.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$')
}

/** True when `password` matches `stored`; compares in constant time, false on a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number]
  if (![N, r, p].every((value) => Number.isSafeInteger(value) && value > 0)) return false
  const salt = Buffer.from(parts[4] ?? '', 'base64url')
  const expected = Buffer.from(parts[5] ?? '', 'base64url')
  if (expected.length !== KEY_LENGTH) return false
  const key = await derive(password, salt, { N, r, p, maxmem: MAX_MEMORY })
  return timingSafeEqual(key, expected)
}

let decoy: Promise<string> | undefined

/**
 * Spends the same scrypt work as a real check, for an unknown e-mail, so response time does not
 * reveal whether an account exists. Always resolves to false.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword(randomBytes(24).toString('base64url'))
  await verifyPassword(password, await decoy)
  return false
}
