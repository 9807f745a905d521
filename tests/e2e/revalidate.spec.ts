import { randomUUID } from 'node:crypto'

import { expect, test } from '@playwright/test'

import { storeLake } from './helpers/moderation'

test.describe('publication → lecteurs', () => {
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
})
