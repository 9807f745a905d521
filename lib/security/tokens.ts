import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Signed, expiring tokens for links sent by e-mail and for cookies: `payload.expiry.signature`,
 * base64url, HMAC-SHA256 over the purpose, payload and expiry. A token signed for one purpose
 * (say `unsubscribe`) is refused for another (say `delete-data`).
 */
export interface TokenOptions {
  secret: string
  purpose: string
  /** Lifetime in seconds; omit for a token that never expires (a vote cookie, for instance). */
  ttlSeconds?: number
  now?: number
}

function mac(secret: string, purpose: string, body: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}\n${body}`).digest()
}

/** Signs a JSON-serialisable payload. */
export function signToken(payload: unknown, options: TokenOptions): string {
  const now = options.now ?? Date.now()
  const expiry = options.ttlSeconds === undefined ? 0 : Math.floor(now / 1000) + options.ttlSeconds
  const body = `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${expiry.toString(36)}`
  return `${body}.${mac(options.secret, options.purpose, body).toString('base64url')}`
}

export type VerifyResult<T> =
  { ok: true; payload: T } | { ok: false; reason: 'malformed' | 'signature' | 'expired' }

/** Checks signature (constant time), purpose and expiry, then returns the payload. */
export function verifyToken<T = unknown>(token: string, options: TokenOptions): VerifyResult<T> {
  const parts = token.split('.')
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) {
    return { ok: false, reason: 'malformed' }
  }
  const [payloadPart, expiryPart, signaturePart] = parts as [string, string, string]
  const body = `${payloadPart}.${expiryPart}`
  const expected = mac(options.secret, options.purpose, body)
  const given = Buffer.from(signaturePart, 'base64url')
  // base64url decoding ignores the unused low bits of the last character: without this check,
  // three other spellings of every signature would verify (a token must have one spelling, so
  // that it can serve as a key, e.g. against replays).
  const canonical = given.toString('base64url') === signaturePart
  if (!canonical || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'signature' }
  }
  const expiry = parseInt(expiryPart, 36)
  const now = options.now ?? Date.now()
  if (expiry !== 0 && Math.floor(now / 1000) > expiry) return { ok: false, reason: 'expired' }
  try {
    return {
      ok: true,
      payload: JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8')) as T,
    }
  } catch {
    return { ok: false, reason: 'malformed' }
  }
}
