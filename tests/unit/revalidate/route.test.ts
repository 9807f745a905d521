import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { NextRequest } from 'next/server'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { revalidateSecretFrom, SIGNATURE_HEADER, signWebhookBody } from '@/lib/revalidate/signature'
import { readOrCreateSecretFile } from '@/lib/security/secret-file'

const expired: { tag: string; profile: unknown }[] = []
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  revalidateTag: (tag: string, profile: unknown) => void expired.push({ tag, profile }),
}))

// Embedded mode, no SANITY_REVALIDATE_SECRET: the key is derived from the data dir's secret,
// exactly as the lake API process derives it.
const dataDir = mkdtempSync(path.join(tmpdir(), 'kiosque-revalidate-'))
vi.stubEnv('KIOSQUE_DATA_DIR', dataDir)
vi.stubEnv('NEXT_PUBLIC_SANITY_PROJECT_ID', '')
vi.stubEnv('SANITY_REVALIDATE_SECRET', '')
vi.stubEnv('KIOSQUE_SECRET', '')

let POST: (request: NextRequest) => Promise<Response>
let secret: string
beforeAll(async () => {
  ;({ POST } = await import('@/app/api/revalidate/route'))
  secret = revalidateSecretFrom({
    revalidateSecret: undefined,
    serverSecret: () => readOrCreateSecretFile(dataDir),
  })
})
beforeEach(() => void (expired.length = 0))

const body = JSON.stringify({ _type: 'article', _id: 'article-1', slug: 'un-article' })

function call(payload: string, signature?: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (signature) headers[SIGNATURE_HEADER] = signature
  return POST(
    new NextRequest('http://127.0.0.1/api/revalidate', { method: 'POST', body: payload, headers }),
  )
}

describe('/api/revalidate', () => {
  it('expires the content tag for a correctly signed body, idempotently', async () => {
    const signature = signWebhookBody(body, secret)
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await call(body, signature)
      expect(response.status).toBe(200)
      expect(await response.json()).toMatchObject({ revalidated: true, id: 'article-1' })
    }
    // Expired at once (the very next view is fresh); a replay only expires the same tag again.
    expect(expired).toEqual([
      { tag: 'content', profile: { expire: 0 } },
      { tag: 'content', profile: { expire: 0 } },
    ])
  })

  it.each([
    ['missing', undefined],
    [
      'signed with another secret',
      signWebhookBody(body, 'un-autre-secret-de-trente-deux-caracteres'),
    ],
    ['for another body', signWebhookBody(body.replace('article-1', 'article-2'), 'x')],
    ['malformed', 't=abc,v1=zzz'],
  ])('refuses a signature %s with 401 and a French message', async (_case, signature) => {
    const response = await call(body, signature)
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({
      message: 'Signature absente ou invalide : rien n’a été revalidé.',
    })
    expect(expired).toEqual([])
  })

  it('refuses a valid signature over a tampered body', async () => {
    const signature = signWebhookBody(body, secret)
    const response = await call(body.replace('article-1', 'article-9'), signature)
    expect(response.status).toBe(401)
    expect(expired).toEqual([])
  })

  it('refuses a signed body without _type or _id (400), expiring nothing', async () => {
    const other = JSON.stringify({ _id: 'article-1' })
    const response = await call(other, signWebhookBody(other, secret))
    expect(response.status).toBe(400)
    expect(expired).toEqual([])
  })
})
