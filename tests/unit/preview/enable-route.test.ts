import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { parseEnv } from '@/lib/env/schema'
import { getLake } from '@/lib/lake'
import { previewSecretClient } from '@/lib/preview/client'

/*
 * The enable route of draft mode, in embedded mode, on a real lake: the secret is written the
 * way the Presentation tool writes it (a `sanity.previewUrlSecret` draft), and checked by
 * next-sanity's `defineEnableDraftMode` through the embedded preview client. Only
 * `next/headers` is replaced, by a cookie jar that records what the route sets.
 */

const jar = new Map<string, string>()
let enabled = false
vi.mock('next/headers', () => ({
  draftMode: async () => ({
    get isEnabled() {
      return enabled
    },
    enable() {
      enabled = true
      jar.set('__prerender_bypass', 'bypass-token')
    },
    disable() {
      enabled = false
      jar.delete('__prerender_bypass')
    },
  }),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: ({ name, value }: { name: string; value?: string }) => void jar.set(name, value ?? ''),
    delete: ({ name }: { name: string }) => void jar.delete(name),
  }),
}))

const dataDir = mkdtempSync(path.join(tmpdir(), 'kiosque-preview-'))
vi.stubEnv('KIOSQUE_DATA_DIR', dataDir)
vi.stubEnv('NEXT_PUBLIC_SANITY_PROJECT_ID', '')

let GET: (request: Request) => Promise<Response>
beforeAll(async () => {
  ;({ GET } = await import('@/app/api/draft-mode/enable/route'))
})
afterAll(() => getLake().close())
beforeEach(() => {
  jar.clear()
  enabled = false
})

/** Writes a secret as `createPreviewSecret` of @sanity/preview-url-secret does. */
function writeSecret(id: string, secret: string): void {
  getLake().mutate([
    { createOrReplace: { _id: `drafts.${id}`, _type: 'sanity.previewUrlSecret' } },
    {
      patch: { id: `drafts.${id}`, set: { secret, source: 'presentation', studioUrl: '/studio' } },
    },
  ])
}

function enable(query: string): Promise<Response> {
  return GET(new Request(`http://127.0.0.1/api/draft-mode/enable${query}`))
}

async function expectRefused(query: string): Promise<void> {
  const response = await enable(query)
  expect(response.status).toBe(401)
  expect(await response.text()).toMatch(/^Lien d’aperçu invalide ou expiré/)
  expect(enabled).toBe(false)
  expect(jar.has('__prerender_bypass')).toBe(false)
}

const target = '&sanity-preview-pathname=%2Farticles%2F3-questions-a-helene-varambon'

describe('/api/draft-mode/enable', () => {
  it('refuses a request without a secret', async () => {
    writeSecret('secret-present', 'le-bon-secret-0123456789')
    await expectRefused(`?sanity-preview-pathname=%2F`)
    await expectRefused(`?sanity-preview-secret=${target}`)
  })

  it('refuses a wrong secret', async () => {
    writeSecret('secret-wrong', 'le-bon-secret-abcdefghij')
    await expectRefused(`?sanity-preview-secret=le-mauvais-secret${target}`)
  })

  it('refuses a secret written more than an hour ago', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() - 61 * 60 * 1000)
    writeSecret('secret-expired', 'un-secret-perime-0123456789')
    vi.useRealTimers()
    await expectRefused(`?sanity-preview-secret=un-secret-perime-0123456789${target}`)
  })

  it('enables draft mode for a fresh secret and redirects to the page', async () => {
    writeSecret('secret-valid', 'un-secret-valide-0123456789')
    const redirect = enable(`?sanity-preview-secret=un-secret-valide-0123456789${target}`)
    // next/navigation's redirect() throws the NEXT_REDIRECT signal that Next turns into a 307.
    await expect(redirect).rejects.toMatchObject({
      digest: expect.stringContaining('/articles/3-questions-a-helene-varambon'),
    })
    expect(enabled).toBe(true)
    expect(jar.get('__prerender_bypass')).toBe('bypass-token')
  })

  it('redirects only to a path of the site', async () => {
    writeSecret('secret-redirect', 'un-secret-redirection-0123456789')
    for (const pathname of ['/.//evil.example/x', '/\t/evil.example', 'https://evil.example/']) {
      const redirect = enable(
        `?sanity-preview-secret=un-secret-redirection-0123456789&sanity-preview-pathname=${encodeURIComponent(pathname)}`,
      )
      const digest = await redirect.then(
        () => '',
        (error: { digest?: string }) => error.digest ?? '',
      )
      const location = /^NEXT_REDIRECT;[^;]*;(.*);\d+;$/s.exec(digest)?.[1] ?? ''
      expect(location).toMatch(/^\/(?![/\\])/)
      expect(new URL(location, 'https://kiosque.example').origin).toBe('https://kiosque.example')
    }
  })
})

describe('previewSecretClient in Sanity mode', () => {
  it('exists only with the server-side read token (drafts are unreadable without it)', () => {
    const sanity = { NEXT_PUBLIC_SANITY_PROJECT_ID: 'kiosque-test' }
    expect(previewSecretClient(parseEnv(sanity))).toBeNull()
    const client = previewSecretClient(parseEnv({ ...sanity, SANITY_API_READ_TOKEN: 'sk-lecture' }))
    expect(client?.config()).toMatchObject({ projectId: 'kiosque-test', token: 'sk-lecture' })
  })
})
