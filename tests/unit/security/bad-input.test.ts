import { describe, expect, it } from 'vitest'

import { BODY_MAX, commentFormSchema, NAME_MAX, parseCommentForm } from '@/lib/comments/schema'
import { NdjsonLineError, parseNdjson } from '@/lib/lake/ndjson-import'
import { MAX_QUERY_LENGTH, parseSearchQuery } from '@/lib/search'
import { VALID_COMMENT_FIELDS } from '@/tests/fixtures/comment-fields'
import { XSS_PAYLOADS } from '@/tests/fixtures/xss-payloads'

/*
 * Hostile input at the entry points, parsed as the server parses it: French errors, no throw,
 * nothing stored. Figures are printed with the « [sécurité/entrées] » prefix.
 */
const valid = VALID_COMMENT_FIELDS

/** A multipart body built byte by byte, decoded by the same WHATWG parser the server uses. */
async function multipart(fields: Record<string, string | Uint8Array>): Promise<FormData> {
  const boundary = '----kiosque-test'
  const parts: Uint8Array[] = []
  const encoder = new TextEncoder()
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
    )
    parts.push(typeof value === 'string' ? encoder.encode(value) : value)
    parts.push(encoder.encode('\r\n'))
  }
  parts.push(encoder.encode(`--${boundary}--\r\n`))
  return new Response(Buffer.concat(parts), {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }).formData()
}

function errors(fields: Record<string, string>) {
  const data = new FormData()
  for (const [key, value] of Object.entries({ ...valid, ...fields })) data.set(key, value)
  const result = parseCommentForm(data)
  if (result.ok) throw new Error(`accepté : ${JSON.stringify(fields).slice(0, 80)}`)
  return result.errors
}

describe('comment form: malformed text', () => {
  it('refuses invalid UTF-8 bytes in the body and the name with a French message', async () => {
    const invalid = [
      [0xc3, 0x28], // truncated two-byte sequence
      [0xe2, 0x82], // truncated three-byte sequence
      [0xed, 0xa0, 0x80], // UTF-8-encoded surrogate (CESU)
      [0xc0, 0xaf], // overlong « / »
      [0xff, 0xfe], // never valid
      [0xf8, 0x88, 0x80, 0x80, 0x80], // five-byte form
    ]
    let refused = 0
    for (const bytes of invalid) {
      const raw = Buffer.concat([Buffer.from('Bonjour '), Buffer.from(bytes), Buffer.from(' !')])
      const data = await multipart({ ...valid, body: raw, name: raw })
      const result = parseCommentForm(data)
      expect(result.ok).toBe(false)
      if (result.ok) continue
      expect(result.errors.body).toMatch(/mal encodés/)
      expect(result.errors.name).toMatch(/mal encodés/)
      refused++
    }
    expect(refused).toBeGreaterThan(0)
  })

  it('refuses lone surrogates even when they reach the schema without FormData', () => {
    for (const body of ['a\uD800b', 'fin \uDFFF', '\uDBFF']) {
      const result = commentFormSchema.safeParse({ ...valid, body })
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toMatch(/mal encodés/)
    }
  })

  it('refuses NUL bytes, control characters and every bidirectional override', () => {
    const bidi = [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ]
    for (const char of bidi) {
      expect(errors({ body: `facture${char}exe.pdf` }).body).toMatch(/sens du texte/)
      expect(errors({ name: `Lucie${char}` }).name).toMatch(/sens du texte/)
    }
    expect(errors({ body: 'a\u0000b' }).body).toMatch(/caractère nul/)
    expect(errors({ body: 'a\u001Bb' }).body).toMatch(/caractère de contrôle/)
    expect(errors({ name: 'a\u0000b' }).name).toMatch(/une ligne/)
  })

  it('answers a 10,000-emoji body quickly with the count in French', () => {
    errors({ body: 'x'.repeat(BODY_MAX + 1) }) // warm-up: the first parse compiles the schema
    for (const emoji of ['😀', '👨‍👩‍👧‍👦', '🏳️‍🌈']) {
      const body = emoji.repeat(10_000)
      const started = performance.now()
      const message = errors({ body }).body
      const ms = performance.now() - started
      expect(message).toMatch(/raccourcissez-le à 4\u202F000 au plus/)
      // Generous bound: the machine running the suite may be busy; the point is « not seconds ».
      expect(ms).toBeLessThan(2_000)
    }
  })

  it('refuses oversize fields instead of cutting them', () => {
    expect(errors({ body: 'x'.repeat(BODY_MAX + 1) }).body).toMatch(/4\u202F001 caractères/)
    expect(errors({ name: 'x'.repeat(NAME_MAX + 1) }).name).toMatch(/80 caractères/)
    expect(errors({ email: `${'a'.repeat(250)}@x.fr` }).email).toMatch(/254/)
  })

  it('refuses every XSS payload as an e-mail address, an id or a parent id', () => {
    let refused = 0
    for (const payload of XSS_PAYLOADS) {
      const result = errors({ email: payload, articleId: payload, parentId: payload })
      expect(result.email).toBeDefined()
      expect(result.articleId).toBe('Article inconnu.')
      expect(result.parentId).toMatch(/introuvable/)
      refused++
    }
    expect(refused).toBeGreaterThan(0)
  })
})

describe('search query', () => {
  it('takes every payload without throwing and refuses over-long queries in French', () => {
    const statuses: Record<string, number> = {}
    for (const payload of [...XSS_PAYLOADS, 'x'.repeat(10_000), '\u0000', ['a', 'b']]) {
      const parsed = parseSearchQuery(payload)
      statuses[parsed.status] = (statuses[parsed.status] ?? 0) + 1
    }
    const long = parseSearchQuery('mot '.repeat(100))
    expect(long).toMatchObject({ status: 'invalid' })
    if (long.status === 'invalid') expect(long.message).toMatch(`${MAX_QUERY_LENGTH} caractères`)
  })
})

describe('NDJSON import', () => {
  it('refuses hostile lines by number, in French, without polluting prototypes', () => {
    const hostile = [
      '{"_id":"a\\u0000b","_type":"t"}',
      '{"_id":"<script>alert(1)</script>","_type":"t"}',
      '{"_id":"../../etc/passwd","_type":"t"}',
      '{"_id":"a","_type":""}',
      '["_id","a"]',
      '"<script>"',
      '{"_id":"a","_type":"t"',
      `{"_id":"${'a'.repeat(200)}","_type":"t"}`,
    ]
    for (const line of hostile) {
      expect(() => parseNdjson(`{"_id":"ok","_type":"t"}\n${line}`)).toThrow(NdjsonLineError)
      expect(() => parseNdjson(`{"_id":"ok","_type":"t"}\n${line}`)).toThrow(/^Ligne 2 : /)
    }
    const [doc] = parseNdjson('{"_id":"p","_type":"t","__proto__":{"polluted":true}}')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(doc?.doc._id).toBe('p')
  })
})
