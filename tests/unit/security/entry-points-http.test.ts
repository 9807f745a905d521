import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { NextRequest } from 'next/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { NOJS_BODY_LIMIT } from '@/lib/comments/nojs'
import { NdjsonLineError, openLake, parseNdjson } from '@/lib/lake'
import { revalidateSecretFrom, SIGNATURE_HEADER, signWebhookBody } from '@/lib/revalidate/signature'
import { readOrCreateSecretFile } from '@/lib/security/secret-file'
import { XSS_PAYLOADS } from '@/tests/fixtures/xss-payloads'

import { executableMarkup } from './inert'

/*
 * The hostile corpus against the route handlers (webhook, comment form without JavaScript) and
 * the NDJSON import: French refusals, oversize bodies refused before they are read, nothing
 * expired or stored. Prints « [sécurité/entrées] … ».
 */
const expired: string[] = []
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  revalidateTag: (tag: string) => void expired.push(tag),
  updateTag: (tag: string) => void expired.push(tag),
  cacheLife: () => undefined,
  cacheTag: () => undefined,
}))
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/server')>()),
  connection: async () => undefined,
  after: () => undefined,
}))
// Route handlers called directly have no request scope: draft mode is off, as for a reader.
vi.mock('next/headers', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/headers')>()),
  draftMode: async () => ({ isEnabled: false }),
}))

const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-entrees-http-'))
vi.stubEnv('KIOSQUE_DATA_DIR', dir)
vi.stubEnv('NEXT_PUBLIC_SANITY_PROJECT_ID', '')
vi.stubEnv('SANITY_REVALIDATE_SECRET', '')
vi.stubEnv('KIOSQUE_SECRET', '')
afterAll(() => rmSync(dir, { recursive: true, force: true }))
// Each refusal is logged for operators; hundreds of them would bury the figures.
const logged = { warn: 0, error: 0 }
beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => void logged.warn++)
  vi.spyOn(console, 'error').mockImplementation(() => void logged.error++)
})

const MALFORMED = [
  'a\r\nb',
  'a\u0000b',
  'facture\u202Egpj.exe',
  'Bonjour \uFFFD(',
  '😀'.repeat(10_000),
  'x'.repeat(10_000),
]
const CORPUS = [...XSS_PAYLOADS, ...MALFORMED]

/** A body whose length is unknown up front (chunked), `size` bytes in 1 KB chunks. */
function chunked(size: number): ReadableStream<Uint8Array> {
  let sent = 0
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close()
      controller.enqueue(new Uint8Array(1024).fill(0x61))
      sent += 1024
    },
  })
}

describe('/api/revalidate', () => {
  let POST: (request: NextRequest) => Promise<Response>
  let WEBHOOK_BODY_LIMIT: number
  let secret: string
  beforeAll(async () => {
    ;({ POST, WEBHOOK_BODY_LIMIT } = await import('@/app/api/revalidate/route'))
    secret = revalidateSecretFrom({
      revalidateSecret: undefined,
      serverSecret: () => readOrCreateSecretFile(dir),
    })
  })
  const call = (body: BodyInit, headers: Record<string, string> = {}) =>
    POST(
      new NextRequest(
        new Request('http://127.0.0.1/api/revalidate', {
          method: 'POST',
          body,
          headers,
          duplex: 'half',
        } as RequestInit & { duplex: 'half' }),
      ),
    )

  it('refuses every hostile body, unsigned, badly signed or signed with a hostile field', async () => {
    expired.length = 0
    const statuses: Record<number, number> = {}
    for (const payload of CORPUS) {
      const signed = JSON.stringify({ _type: payload, _id: payload })
      const requests: [string, Record<string, string>][] = [
        [payload, {}],
        [payload, { [SIGNATURE_HEADER]: payload.replace(/[^\x20-\x7e]/g, '') || 'x' }],
        // A valid signature, but over another body.
        [signed, { [SIGNATURE_HEADER]: signWebhookBody('{"_type":"a","_id":"b"}', secret) }],
      ]
      for (const [body, headers] of requests) {
        const response = await call(body, headers)
        if (Buffer.byteLength(body) > WEBHOOK_BODY_LIMIT) expect(response.status).toBe(413)
        else expect([400, 401]).toContain(response.status)
        expect((await response.json()).message).toMatch(/^(Signature|Requête|Corps attendu)/)
        statuses[response.status] = (statuses[response.status] ?? 0) + 1
      }
    }
    expect(expired).toEqual([])
  })

  it('refuses a body over 16 KB with 413 before reading it, declared or chunked', async () => {
    expired.length = 0
    const signature = signWebhookBody('x'.repeat(100_000), secret)
    const declared = await call('x'.repeat(100_000), { [SIGNATURE_HEADER]: signature })
    const streamed = await call(chunked(10 * 1024 * 1024), { [SIGNATURE_HEADER]: signature })
    expect(declared.status).toBe(413)
    expect(streamed.status).toBe(413)
    expect((await streamed.json()).message).toBe(
      'Requête trop volumineuse : rien n’a été revalidé.',
    )
    expect(expired).toEqual([])
  })
})

describe('comment form without JavaScript (/articles/<slug>/commentaires)', () => {
  it('answers hostile posts with an inert French refusal page, and oversize ones with 413', async () => {
    const { POST } = await import('@/app/(site)/articles/[slug]/commentaires/route')
    const context = { params: Promise.resolve({ slug: '3-questions-a-helene-varambon' }) }
    const post = (body: BodyInit, headers: Record<string, string> = {}) =>
      POST(
        new Request('http://127.0.0.1/articles/x/commentaires', {
          method: 'POST',
          body,
          // Posted by the site's own page: cross-site posts have their own test.
          headers: { origin: 'http://127.0.0.1', ...headers },
          duplex: 'half',
        } as RequestInit & { duplex: 'half' }),
        context,
      )
    const refusal = async (value: string) => {
      const data = new URLSearchParams({ name: value, email: value, body: value }).toString()
      const response = await post(data, {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(Buffer.byteLength(data)),
      })
      if (Buffer.byteLength(data) > NOJS_BODY_LIMIT) {
        expect(response.status).toBe(413)
        return []
      }
      expect(response.status).toBe(422)
      const html = await response.text()
      expect(html).toContain('<html lang="fr"')
      return executableMarkup(html)
    }
    // The page's own markup (its stylesheet) is the baseline: a payload may add nothing to it.
    const baseline = await refusal('Lucie')
    // Each post runs the whole submission path: one payload in twenty, every
    // malformed one. The full corpus is rendered by refusal-page.test.ts.
    const sample = [...XSS_PAYLOADS.filter((_, i) => i % 20 === 0), ...MALFORMED]
    let refused = 0
    for (const payload of sample) {
      const problems = await refusal(payload)
      if (problems.length) expect(problems, payload.slice(0, 60)).toEqual(baseline)
      refused++
    }
    const big = await post(chunked(1024 * 1024))
    expect(big.status).toBe(413)
    expect(await big.text()).toContain('trop volumineux')
    expect(expired).toEqual([])
    expect(refused).toBeGreaterThan(0)
  })
})

describe('« Suivre les commentaires » (/articles/<slug>/abonnement)', () => {
  it('answers hostile addresses with an inert French page, oversize posts with 413, keeps nothing', async () => {
    const { POST } = await import('@/app/(site)/articles/[slug]/abonnement/route')
    const { getPrivateDb } = await import('@/lib/private')
    await import('@/lib/subscriptions/tables')
    const context = { params: Promise.resolve({ slug: '3-questions-a-helene-varambon' }) }
    const post = (body: BodyInit, headers: Record<string, string> = {}) =>
      POST(
        new Request('http://127.0.0.1/articles/x/abonnement', {
          method: 'POST',
          body,
          // Posted by the site's own page: cross-site posts have their own test.
          headers: { origin: 'http://127.0.0.1', ...headers },
          duplex: 'half',
        } as RequestInit & { duplex: 'half' }),
        context,
      )
    const refusal = async (value: string) => {
      const data = new URLSearchParams({ email: value }).toString()
      const response = await post(data, {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(Buffer.byteLength(data)),
      })
      if (Buffer.byteLength(data) > 4 * 1024) {
        expect(response.status).toBe(413)
        return []
      }
      expect(response.status).toBe(422)
      const html = await response.text()
      expect(html).toContain('<html lang="fr"')
      expect(html).toMatch(/adresse e-mail|rester vide/i)
      return executableMarkup(html)
    }
    const baseline = await refusal('lucie@')
    let refused = 0
    for (const payload of CORPUS) {
      const problems = await refusal(payload)
      if (problems.length) expect(problems, payload.slice(0, 60)).toEqual(baseline)
      refused++
    }
    const big = await post(chunked(64 * 1024))
    expect(big.status).toBe(413)
    const rows = getPrivateDb().prepare('SELECT count(*) AS n FROM subscriptions').get()
    expect(rows?.n).toBe(0)
    expect(refused).toBeGreaterThan(0)
  })
})

describe('author’s edit (/commentaires/modifier)', () => {
  it('refuses hostile posts and forged edit cookies in French, inert, changing nothing', async () => {
    const { GET, POST } = await import('@/app/(site)/commentaires/modifier/route')
    const { EDIT_COOKIE } = await import('@/lib/comments/edit')
    const { getLake } = await import('@/lib/lake')
    const comments = () =>
      getLake().query('*[_type == "comment"]{_id, _rev}', {}, { perspective: 'raw' })
    const before = await comments()
    const approved = 'comment.3cb080fe-af06-5a04-a0d9-de1a21025773'
    const post = (fields: Record<string, string>, cookie?: string) => {
      const data = new URLSearchParams(fields).toString()
      return POST(
        new NextRequest('http://127.0.0.1/commentaires/modifier', {
          method: 'POST',
          body: data,
          headers: {
            // NextRequest names loopback `localhost` in its URL.
            origin: 'http://localhost',
            'content-type': 'application/x-www-form-urlencoded',
            'content-length': String(Buffer.byteLength(data)),
            ...(cookie ? { cookie: `${EDIT_COOKIE}=${encodeURIComponent(cookie)}` } : {}),
          },
        }),
      )
    }
    const baseline = executableMarkup(await (await post({ commentId: approved, body: 'x' })).text())
    let refused = 0
    for (const payload of CORPUS) {
      for (const response of [
        await post({ commentId: payload, body: 'Nouveau texte' }),
        await post({ commentId: approved, body: payload }),
        await post({ commentId: approved, body: 'Nouveau texte' }, payload),
      ]) {
        expect([413, 422]).toContain(response.status)
        const html = await response.text()
        expect(html).toContain('lang="fr"')
        if (response.status === 422) {
          const problems = executableMarkup(html)
          if (problems.length) expect(problems, payload.slice(0, 60)).toEqual(baseline)
        }
        refused++
      }
    }
    const page = await GET(
      new NextRequest('http://127.0.0.1/commentaires/modifier', {
        headers: { cookie: `${EDIT_COOKIE}=forge.forge.forge` },
      }),
    )
    expect(await page.text()).toContain('Aucun commentaire ne peut être modifié')
    expect(await comments()).toEqual(before)
    expect(expired).toEqual([])
    expect(refused).toBeGreaterThan(0)
  })
})

describe('NDJSON import', () => {
  it('refuses every payload as an id or a type, and invalid UTF-8 by line, storing nothing', () => {
    const valid = '{"_id":"ok","_type":"article","title":"Bonjour"}\n'
    let refused = 0
    for (const payload of CORPUS) {
      for (const line of [
        { _id: payload, _type: 'article' },
        { _id: 'doc', _type: payload },
      ]) {
        expect(() => parseNdjson(valid + JSON.stringify(line))).toThrow(NdjsonLineError)
        expect(() => parseNdjson(valid + JSON.stringify(line))).toThrow(/^Ligne 2 : /)
        refused++
      }
    }
    // The file path of `npm run content:import`: strict UTF-8, then the same line checks.
    const lake = openLake({ dataDir: path.join(dir, 'import') })
    const file = path.join(dir, 'import.ndjson')
    const files = [
      Buffer.concat([
        Buffer.from(valid + '{"_id":"b","_type":"t","x":"'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('"}\n'),
      ]),
      Buffer.from(valid + JSON.stringify({ _id: 'b', _type: XSS_PAYLOADS[0] }) + '\n'),
    ]
    for (const bytes of files) {
      writeFileSync(file, bytes)
      expect(() => lake.importNdjson(file)).toThrow(/^Ligne 2 : /)
    }
    expect(() => lake.importNdjson(file)).toThrow(/^Ligne 2 : champ « _type » invalide/)
    writeFileSync(file, files[0]!)
    expect(() => lake.importNdjson(file)).toThrow(/^Ligne 2 : caractères mal encodés/)
    expect(lake.getDocuments(['ok'])).toEqual([null])
    lake.close()
    expect(refused).toBeGreaterThan(0)
  })
})
