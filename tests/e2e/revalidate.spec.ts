import { randomUUID } from 'node:crypto'

import { expect, test } from '@playwright/test'

import {
  revalidateSecretFrom,
  SIGNATURE_HEADER,
  signWebhookBody,
} from '../../lib/revalidate/signature'
import { readOrCreateSecretFile } from '../../lib/security/secret-file'
import { dataDir, storeLake } from './helpers/moderation'

/** Calls /api/revalidate signed as the lake API does (same data directory, same secret). */
function signedRevalidate(body: Record<string, unknown>) {
  const json = JSON.stringify(body)
  const secret = revalidateSecretFrom({
    revalidateSecret: process.env.SANITY_REVALIDATE_SECRET || undefined,
    serverSecret: () => process.env.KIOSQUE_SECRET || readOrCreateSecretFile(dataDir),
  })
  return {
    data: json,
    headers: {
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: signWebhookBody(json, secret),
    },
  }
}

/** Documents a test wrote into the e2e lake, removed after it so later specs see the demo data. */
const written: string[] = []

test.describe('publication → lecteurs', () => {
  test.afterEach(async ({ request }) => {
    const ids = written.splice(0)
    if (ids.length === 0) return
    storeLake().mutate(ids.map((id) => ({ delete: { id } })))
    // Feeds, sitemap and lists must forget them now (the lake API's own call may come later).
    const answer = await request.post(
      '/api/revalidate',
      signedRevalidate({ _type: 'article', _id: ids[0] }),
    )
    expect(answer.status()).toBe(200)
  })

  test('/api/revalidate refuses an unsigned or wrongly signed call', async ({ request }) => {
    const body = { _type: 'person', _id: 'person-helene-varambon' }
    const unsigned = await request.post('/api/revalidate', { data: body })
    expect(unsigned.status()).toBe(401)
    expect(await unsigned.json()).toEqual({
      message: 'Signature absente ou invalide : rien n’a été revalidé.',
    })
    const forged = await request.post('/api/revalidate', {
      data: body,
      headers: { 'sanity-webhook-signature': `t=${Date.now()},v1=ZmF1c3Nl` },
    })
    expect(forged.status()).toBe(401)
  })

  test('a document published in the lake reaches its page within 10 seconds', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000)
    const slug = `personne-e2e-${randomUUID().slice(0, 8)}`
    const path = `/personnalites/${slug}`
    // Rendered and cached before the person exists: only a revalidation can change it.
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('introuvable', {
      timeout: 30_000,
    })
    // Written by another process, as the Studio does through the lake API: the API follows the
    // shared transaction log and calls the site's /api/revalidate, signed.
    written.push(`person-${slug}`)
    storeLake().mutate([
      {
        createOrReplace: {
          _id: `person-${slug}`,
          _type: 'person',
          name: 'Apolline Verdier-Test',
          givenName: 'Apolline',
          familyName: 'Verdier-Test',
          slug: { _type: 'slug', current: slug },
        },
      },
    ])
    // Polled with plain requests: a browser per view is too slow a probe on two shared cores.
    await expect
      .poll(async () => (await (await request.get(path)).text()).includes('Apolline'), {
        timeout: 10_000,
        intervals: [250, 500],
      })
      .toBe(true)
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Apolline')
  })

  test('the very next view after a revalidation is fresh, on person, article and home pages', async ({
    request,
  }) => {
    test.setTimeout(90_000)
    const slug = `fraicheur-${randomUUID().slice(0, 8)}`
    const personId = `person-${slug}`
    const articleId = `article-${slug}`
    const person = {
      _id: personId,
      _type: 'person',
      name: 'Bérénice Avant',
      givenName: 'Bérénice',
      familyName: 'Avant',
      slug: { _type: 'slug', current: slug },
    }
    const article = {
      _id: articleId,
      _type: 'article',
      kind: 'interview',
      headline: 'Titre avant',
      slug: { _type: 'slug', current: slug },
      standfirst: 'Chapô de l’entretien de fraîcheur.',
      publishedAt: '2020-01-01T08:00:00Z',
      interviewee: { _type: 'reference', _ref: personId },
    }
    written.push(articleId, personId)
    storeLake().mutate([{ createOrReplace: person }, { createOrReplace: article }])
    const pages = [`/personnalites/${slug}`, `/articles/${slug}`, '/']
    // Rendered and cached with the first content (the lake API revalidates on its own too).
    await expect
      .poll(async () => (await (await request.get(pages[1]!)).text()).includes('Titre avant'), {
        timeout: 15_000,
      })
      .toBe(true)
    for (const path of pages) expect((await request.get(path)).status()).toBe(200)
    storeLake().mutate([
      { patch: { id: personId, set: { name: 'Bérénice Après' } } },
      { patch: { id: articleId, set: { headline: 'Titre après' } } },
    ])
    const revalidated = await request.post(
      '/api/revalidate',
      signedRevalidate({ _type: 'article', _id: articleId }),
    )
    expect(revalidated.status()).toBe(200)
    // Immediate expiry: no stale view once the call has answered (with 'max' this one is stale).
    const personPage = await request.get(pages[0]!)
    expect(personPage.status()).toBe(200)
    expect(await personPage.text()).toContain('Bérénice Après')
    const articlePage = await request.get(pages[1]!)
    expect(articlePage.status()).toBe(200)
    expect(await articlePage.text()).toContain('Titre après')
    expect((await request.get('/')).status()).toBe(200)
  })
})
