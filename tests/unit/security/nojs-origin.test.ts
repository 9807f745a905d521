import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { isSameOriginPost } from '@/lib/security/origin'

/*
 * The comment form posted without JavaScript is a plain route handler, so Next's Server Action
 * origin check does not cover it: a page of another site must not be able to post a comment in
 * a reader's name. Checked through the real route on a temporary demo store.
 */
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  cacheLife: () => undefined,
  cacheTag: () => undefined,
}))
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/server')>()),
  connection: async () => undefined,
  after: () => undefined,
}))
vi.mock('next/headers', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/headers')>()),
  draftMode: async () => ({ isEnabled: false }),
  // An accepted comment grants its author an edit cookie (lib/comments/edit-grant.ts).
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}))

const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-origine-'))
vi.stubEnv('KIOSQUE_DATA_DIR', dir)
vi.stubEnv('NEXT_PUBLIC_SANITY_PROJECT_ID', '')
vi.stubEnv('NEXT_PUBLIC_SITE_URL', 'https://kiosque.example')
afterAll(() => rmSync(dir, { recursive: true, force: true }))
beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

const SLUG = '3-questions-a-helene-varambon'
const URL_OF_ROUTE = `http://127.0.0.1:3000/articles/${SLUG}/commentaires`

async function post(headers: Record<string, string>): Promise<Response> {
  const { POST } = await import('@/app/(site)/articles/[slug]/commentaires/route')
  const { signStartToken } = await import('@/lib/comments/form-token')
  const { getServerSecret } = await import('@/lib/security/secret')
  const body = new URLSearchParams({
    name: 'Lucie Martin',
    email: `lucie.${Math.random().toString(36).slice(2)}@example.fr`,
    body: 'Un commentaire envoyé par une autre page.',
    consent: 'on',
    startToken: signStartToken(getServerSecret(), Date.now() - 10_000),
  }).toString()
  return POST(
    new Request(URL_OF_ROUTE, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(Buffer.byteLength(body)),
        ...headers,
      },
    }),
    { params: Promise.resolve({ slug: SLUG }) },
  )
}

async function commentCount(): Promise<number> {
  const { getLake } = await import('@/lib/lake')
  return getLake().query<number>('count(*[_type == "comment"])', {}, { perspective: 'raw' })
}

describe('comment form without JavaScript: origin check', () => {
  it('refuses cross-site posts with a French page and stores nothing', async () => {
    const before = await commentCount()
    for (const headers of <Record<string, string>[]>[
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: 'http://127.0.0.1:3000.evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      {},
    ]) {
      const response = await post(headers)
      expect(response.status, JSON.stringify(headers)).toBe(403)
      expect(await response.text()).toContain('ne peut être envoyé que depuis une page du site')
    }
    expect(await commentCount()).toBe(before)
  })

  it('accepts posts from the site itself, by Origin or by Fetch Metadata', async () => {
    const before = await commentCount()
    for (const headers of <Record<string, string>[]>[
      { origin: 'http://127.0.0.1:3000' },
      { origin: 'https://kiosque.example' },
      { 'sec-fetch-site': 'same-origin' },
    ]) {
      const response = await post(headers)
      expect(response.status, JSON.stringify(headers)).toBe(303)
    }
    expect(await commentCount()).toBe(before + 3)
  })
})

describe('isSameOriginPost', () => {
  const request = (headers: Record<string, string>) =>
    new Request('http://10.0.0.5:3000/x', { method: 'POST', headers })

  it('compares Origin with the host the proxy forwarded, the Host header or the site URL', () => {
    const proxied = { 'x-forwarded-host': 'www.kiosque.example', host: '10.0.0.5:3000' }
    expect(isSameOriginPost(request({ ...proxied, origin: 'https://www.kiosque.example' }))).toBe(
      true,
    )
    expect(isSameOriginPost(request({ ...proxied, origin: 'https://kiosque.example.evil' }))).toBe(
      false,
    )
    expect(isSameOriginPost(request({ origin: 'https://kiosque.example' }))).toBe(false)
    expect(
      isSameOriginPost(request({ origin: 'https://kiosque.example' }), 'https://kiosque.example'),
    ).toBe(true)
    expect(isSameOriginPost(request({ origin: 'pas une url' }))).toBe(false)
  })
})

describe('other forms posted without JavaScript: origin check', () => {
  const form = (fields: Record<string, string>) => {
    const body = new URLSearchParams(fields).toString()
    return {
      body,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(Buffer.byteLength(body)),
        origin: 'https://evil.example',
      },
    }
  }

  it('refuses a cross-site « Suivre les commentaires »', async () => {
    const { POST } = await import('@/app/(site)/articles/[slug]/abonnement/route')
    const { body, headers } = form({ email: 'lucie@example.fr' })
    const response = await POST(
      new Request(`http://127.0.0.1:3000/articles/${SLUG}/abonnement`, {
        method: 'POST',
        body,
        headers,
      }),
      { params: Promise.resolve({ slug: SLUG }) },
    )
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('depuis une page du site')
  })

  it('refuses a cross-site edit of a comment', async () => {
    const { POST } = await import('@/app/(site)/commentaires/modifier/route')
    const { NextRequest } = await import('next/server')
    const { body, headers } = form({ commentId: 'comment.x', body: 'Texte remplacé.' })
    const response = await POST(
      new NextRequest('http://127.0.0.1:3000/commentaires/modifier', {
        method: 'POST',
        body,
        headers,
      }),
    )
    expect(response.status).toBe(403)
  })
})
