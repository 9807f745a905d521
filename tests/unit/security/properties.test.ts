import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { BODY_MAX, commentFormSchema, NAME_MAX } from '@/lib/comments/schema'
import { linkify } from '@/lib/comments/text'
import { sanitizeHref } from '@/lib/href'
import { sanitizeDisplayName } from '@/lib/mail/message'
import { signToken, verifyToken } from '@/lib/security/tokens'
import { normaliseEmail } from '@/lib/subscriptions/tables'
import { frenchTypography } from '@/lib/typography'
import { XSS_PAYLOADS } from '@/tests/fixtures/xss-payloads'

/*
 * Property-based tests of the validators: fast-check generates inputs, including the nasty
 * characters (controls, bidi, surrogates, astral emoji) and the XSS corpus, and shrinks any
 * counterexample to the smallest one. Each property prints how many cases it ran.
 */
const RUNS = 300
let cases = 0
const counted =
  <T>(check: (value: T) => void) =>
  (value: T) => {
    cases++
    check(value)
  }
const property = <T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void, runs = RUNS) =>
  fc.assert(fc.property(arbitrary, counted(check)), { numRuns: runs })

/** Strings biased towards characters that break things. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({
    unit: fc.constantFrom(
      'a',
      'é',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u0007',
      '\u007F',
      '\u0085',
      '\u2028',
      '\u202E',
      '\u2066',
      '\u200B',
      '\uFEFF',
      '\uFFFD',
      '\uD800',
      '\uDC00',
      '😀',
      '<',
      '>',
      '"',
      "'",
      '&',
      ':',
      '/',
      '\\',
      '«',
      '»',
      '!',
      '?',
      ';',
      '.',
      'j',
      'javascript:',
    ),
    maxLength: 60,
  }),
  fc.constantFrom(...XSS_PAYLOADS),
)
const CONTROL_OR_BIDI = /[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069\uFFFD]/
const base = {
  articleId: 'article-x',
  name: 'Lucie',
  email: 'lucie@example.fr',
  body: 'Bonjour.',
  consent: 'on',
}

describe('comment schema', () => {
  it('accepts only one-line, well-formed names of at most 80 characters', () => {
    property(nasty, (name) => {
      const result = commentFormSchema.safeParse({ ...base, name })
      if (/[\r\n]/.test(name.trim())) expect(result.success).toBe(false)
      if (!result.success) return
      const out = result.data.name
      expect(out.isWellFormed()).toBe(true)
      expect(out).not.toMatch(CONTROL_OR_BIDI)
      expect([...out].length).toBeLessThanOrEqual(NAME_MAX)
      expect(out).toBe(out.trim())
    })
  })

  it('accepts only well-formed bodies within the limit, and parsing is idempotent', () => {
    property(fc.oneof(nasty, fc.string({ unit: 'grapheme', maxLength: 80 })), (body) => {
      const result = commentFormSchema.safeParse({ ...base, body })
      if (!result.success) return
      const out = result.data.body
      expect(out.isWellFormed()).toBe(true)
      expect(out).not.toMatch(/[\u0000\r\u202A-\u202E\u2066-\u2069\uFFFD]/)
      expect([...out].length).toBeLessThanOrEqual(BODY_MAX)
      const again = commentFormSchema.safeParse({ ...base, body: out })
      expect(again.success && again.data.body).toBe(out)
    })
  })
})

describe('e-mail normalisation', () => {
  it('is idempotent, trimmed and case-insensitive', () => {
    property(fc.oneof(fc.emailAddress(), nasty), (email) => {
      const once = normaliseEmail(email)
      expect(normaliseEmail(once)).toBe(once)
      expect(once).toBe(once.trim())
      // Addresses pass z.email() first, which accepts ASCII only: case folding is plain there.
      if (/^[\x20-\x7E]*$/.test(email)) {
        expect(normaliseEmail(email.toUpperCase())).toBe(normaliseEmail(email.toLowerCase()))
      }
    })
  })
})

describe('signed tokens', () => {
  const secret = 'secret-de-propriete-assez-long-pour-hmac-sha256'
  const options = { secret, purpose: 'unsubscribe', ttlSeconds: 3600, now: 1_800_000_000_000 }

  it('round-trip any JSON payload', () => {
    property(fc.jsonValue(), (payload) => {
      const result = verifyToken(signToken(payload, options), options)
      expect(result).toEqual({ ok: true, payload: JSON.parse(JSON.stringify(payload)) })
    })
  })

  it('refuse any single-character change, another purpose, another secret, expiry', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'
    property(
      fc.tuple(fc.jsonValue(), fc.nat(), fc.constantFrom(...alphabet)),
      ([payload, at, char]) => {
        const token = signToken(payload, options)
        const index = at % token.length
        if (token[index] === char) return
        const tampered = token.slice(0, index) + char + token.slice(index + 1)
        expect(verifyToken(tampered, options).ok).toBe(false)
        expect(verifyToken(token, { ...options, purpose: 'delete-data' }).ok).toBe(false)
        expect(verifyToken(token, { ...options, secret: `${secret}!` }).ok).toBe(false)
        expect(verifyToken(token, { ...options, now: options.now + 3601_000 })).toEqual({
          ok: false,
          reason: 'expired',
        })
      },
    )
  })

  it('have one spelling: the unused bits of the last signature character count', () => {
    const token = signToken({ a: 1 }, options)
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const accepted = [...alphabet].filter(
      (char) => verifyToken(token.slice(0, -1) + char, options).ok,
    )
    expect(accepted).toEqual([token.at(-1)])
  })

  it('never throw on garbage', () => {
    property(nasty, (token) => {
      expect(verifyToken(token, options).ok).toBe(false)
    })
  })
})

describe('sanitizeHref', () => {
  it('returns null, a same-origin path or an http(s)/mailto/tel URL, and is idempotent', () => {
    const hrefs = fc.oneof(
      nasty,
      fc.webUrl(),
      fc.string({
        unit: fc.constantFrom('/', '\\', '\t', '\n', ' ', 'e', '.', ':', '#', '@'),
        maxLength: 12,
      }),
    )
    property(
      hrefs,
      (href) => {
        const out = sanitizeHref(href)
        if (out === null) return
        expect(sanitizeHref(out)).toBe(out)
        const resolved = new URL(out, 'https://kiosque.example/page')
        if (out.startsWith('/') || out.startsWith('#')) {
          // What a browser would do with it: the same site, never another host.
          expect(resolved.origin).toBe('https://kiosque.example')
        } else {
          expect(['http:', 'https:', 'mailto:', 'tel:']).toContain(resolved.protocol)
        }
      },
      1000,
    )
  })
})

describe('linkify', () => {
  it('loses no text and links only to plain http(s) URLs', () => {
    property(
      fc.oneof(
        nasty,
        fc.webUrl().map((url) => `voir ${url}.`),
      ),
      (body) => {
        const segments = linkify(body)
        expect(segments.map((segment) => segment.text).join('')).toBe(body)
        for (const segment of segments) {
          if (segment.type !== 'link') continue
          const url = new URL(segment.href)
          expect(['http:', 'https:']).toContain(url.protocol)
          expect(url.username + url.password).toBe('')
        }
      },
    )
  })
})

describe('typography and mail display names', () => {
  it('French typography is idempotent', () => {
    const french = fc.string({
      unit: fc.constantFrom(
        'a',
        'à',
        'y',
        'L',
        "'",
        ' ',
        '\u00A0',
        '\u202F',
        '«',
        '»',
        ':',
        ';',
        '!',
        '?',
        '.',
        '1',
        '0',
        '%',
        '€',
        '(',
        ')',
        'h',
      ),
      maxLength: 40,
    })
    property(fc.oneof(french, nasty), (text) => {
      const once = frenchTypography(text)
      expect(frenchTypography(once)).toBe(once)
    })
  })

  it('display names never carry a line break or control character into a header', () => {
    property(nasty, (name) => {
      const out = sanitizeDisplayName(name)
      expect(out).not.toMatch(/[\p{Cc}\p{Cf}\u2028\u2029]/u)
      expect(out.length).toBeLessThanOrEqual(80)
      expect(sanitizeDisplayName(out)).toBe(out)
    })
    expect(cases).toBeGreaterThan(0)
  })
})
