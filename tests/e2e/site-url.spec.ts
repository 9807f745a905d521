import { randomUUID } from 'node:crypto'

import { expect, test } from '@playwright/test'

import { readOutbox, type OutboxMail } from '../../lib/mail/outbox'
import { demoById, slugOf } from './demo-data'
import { addModerator, dataDir, storeLake } from './helpers/moderation'

/*
 * The e2e server runs on its own port (E2E_PORT, never 3000), started by `npm start`'s script
 * with no NEXT_PUBLIC_SITE_URL: the sitemap, the canonical URLs and every link of every mail
 * must point at that port, and a mailed link must work as it is, absolute URL included.
 */
const run = randomUUID().slice(0, 8)
const ARTICLE_ID = 'article-3-questions-a-claire-montadier'
const article = demoById(ARTICLE_ID)
const articlePath = `/articles/${article ? slugOf(article) : 'absent'}`
const reader = { name: `Lectrice Port ${run}`, email: `port-${run}@example.org` }
const moderator = {
  name: `Modératrice port ${run}`,
  email: `port-${run}@kiosque.example`,
  password: `phrase-de-passe-${run}-longue`,
}

test.describe.configure({ mode: 'serial' })
test.slow()

async function mailTo(email: string, subject: string): Promise<OutboxMail> {
  const find = () =>
    readOutbox(dataDir).find((mail) => mail.to === email && mail.subject.includes(subject))
  await expect.poll(() => find() !== undefined, { timeout: 20_000 }).toBe(true)
  return find()!
}

test('sitemap, robots and canonical URLs use the served port', async ({ request, baseURL }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
  expect(locations.length).toBeGreaterThan(5)
  expect(locations.filter((url) => !url?.startsWith(`${baseURL}/`))).toEqual([])
  expect(await (await request.get('/robots.txt')).text()).toContain(`${baseURL}/sitemap.xml`)
  const page = await (await request.get(articlePath)).text()
  expect(page).toContain(`<link rel="canonical" href="${baseURL}${articlePath}"`)
})

test('a mailed link works as it is: moderate from the mail, then see the comment', async ({
  page,
  baseURL,
}) => {
  addModerator(moderator)
  const body = `Un avis sur le port du serveur (${run}), à modérer depuis le courriel.`
  await page.goto(articlePath)
  const form = page.locator('[data-testid="comment-form"]:visible')
  await expect(form).toHaveAttribute('data-hydrated', 'true', { timeout: 60_000 })
  await form.getByLabel('Commentaire', { exact: true }).fill(body)
  await form.getByLabel('Nom', { exact: true }).fill(reader.name)
  await form.getByLabel('Adresse e-mail', { exact: true }).fill(reader.email)
  await form.getByLabel(/J’accepte que mes données/).check()
  await page.waitForTimeout(3_500) // the form refuses submissions faster than 3 s
  await form.getByRole('button', { name: 'Publier le commentaire' }).click()
  await expect(form.getByTestId('comment-confirmation')).toHaveText(
    'Votre commentaire est en attente de modération.',
  )

  // The moderator's mail names the commenter and links only to this server.
  const pending = await mailTo(moderator.email, 'Commentaire à modérer')
  expect(pending.subject).toContain(reader.name)
  expect(pending.links.length).toBeGreaterThanOrEqual(5)
  expect(pending.links.filter((url) => !url.startsWith(`${baseURL}/`))).toEqual([])

  // « Approuver », the first button, followed as it is (absolute URL).
  const approve = pending.links[0]!
  expect(new URL(approve).pathname).toBe('/moderation/decision')
  await page.goto(approve)
  await expect(page.getByRole('heading', { name: 'Approuver ce commentaire ?' })).toBeVisible()
  await page.getByRole('button', { name: 'Confirmer : approuver' }).click()
  await expect(page.getByTestId('decision-result')).toContainText('le commentaire est approuvé')
  const stored = await storeLake().query<{ status: string }[]>(
    '*[_type == "comment" && body == $body]{ status }',
    { body },
    { perspective: 'raw' },
  )
  expect(stored).toEqual([{ status: 'approved' }])

  // The author's « publié » mail: « Voir mon commentaire » leads to the comment.
  const published = await mailTo(reader.email, 'Votre commentaire est publié')
  expect(published.links.filter((url) => !url.startsWith(`${baseURL}/`))).toEqual([])
  await page.goto(published.links[0]!)
  await expect(page.getByText(body)).toBeVisible()
})
