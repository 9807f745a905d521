import { createHash } from 'node:crypto'

import { expect, test } from '@playwright/test'

import { lakeApiPort } from '../../playwright.config'
import { storeLake } from '../e2e/helpers/moderation'
import { localEditorToken } from '../e2e/helpers/studio'
import { openStudio, pageShows, portraitPng, publish, recordRequests } from './helpers'

const stamp = Date.now().toString(36)
const raw = { perspective: 'raw' as const }
const lakeApi = `https://127.0.0.1:${lakeApiPort}/v2025-10-01`

type Person = { _id: string; slug: string | null; portrait?: { asset?: { _ref: string } } }
type Article = {
  _id: string
  slug: string | null
  kind?: string
  publishedAt?: string
  image?: string
  speakers?: string[]
  answers?: string[]
}

test('an editor writes, publishes, edits and reverts an interview in the Studio', async ({
  page,
  context,
  request,
}) => {
  const started = Date.now()
  const times: string[] = []
  const mark = (step: string) =>
    times.push(`${step}: ${((Date.now() - started) / 1000).toFixed(0)} s`)
  const requests = recordRequests(context)
  const uploads = () =>
    requests.all.filter((r) => r.startsWith('POST') && r.includes('/assets/images/'))
  const lake = storeLake()

  // 1. A person with a portrait uploaded in the Studio.
  const name = `Apolline Studio ${stamp}`
  const png = portraitPng(Date.now())
  const sha1 = createHash('sha1').update(png).digest('hex')
  await openStudio(page, '/studio/intent/create/template=person;type=person/', 'Nom complet')
  mark('person form')
  await page.getByRole('textbox', { name: 'Nom complet', exact: true }).fill(name)
  await page.getByRole('textbox', { name: 'Prénom', exact: true }).fill('Apolline')
  await page.getByRole('textbox', { name: 'Nom de famille', exact: true }).fill(`Studio ${stamp}`)
  await page.getByRole('button', { name: 'Générer' }).first().click()
  const personQuery =
    '*[_type == "person" && name == $name][0]{_id, "slug": slug.current, portrait}'
  // The portrait once the draft exists: its creation re-renders the form, file input included.
  await expect
    .poll(async () => Boolean((await lake.query<Person | null>(personQuery, { name }, raw))?.slug))
    .toBe(true)
  await page
    .locator('input[type="file"]')
    .first()
    .setInputFiles({ name: 'portrait.png', mimeType: 'image/png', buffer: png })
  await page.getByRole('textbox', { name: 'Texte alternatif' }).first().fill(`Portrait de ${name}`)
  // Publish once every edit reached the lake's draft.
  await expect
    .poll(async () => {
      const person = await lake.query<Person | null>(personQuery, { name }, raw)
      return Boolean(person?.slug && person.portrait?.asset)
    })
    .toBe(true)
  await publish(page, async () =>
    Boolean((await lake.query<Person | null>(personQuery, { name }))?.portrait?.asset),
  )
  const person = (await lake.query<Person>(personQuery, { name }))!
  const portraitId = person.portrait!.asset!._ref
  expect(uploads()).toHaveLength(1)
  await pageShows(request, `/personnalites/${person.slug}`, name)
  mark('person published')

  // 2. An interview: main image from the same file, two Q&A blocks answered by that person.
  const headline = `Entretien Studio ${stamp}`
  await page.getByRole('button', { name: 'Créer un nouveau document' }).click()
  await page.getByRole('link', { name: 'Article', exact: true }).last().click()
  await expect(page.getByRole('textbox', { name: 'Titre', exact: true })).toBeVisible({
    timeout: 120_000,
  })
  mark('article form')
  // The template's initial values (kind, publication date) come after the form shows: a draft
  // created by typing earlier lacks the required date, and « Publier » then stays disabled.
  await expect(page.getByRole('radio', { name: 'Entretien' })).toBeChecked({ timeout: 120_000 })
  await page.getByRole('textbox', { name: 'Titre', exact: true }).fill(headline)
  await page.getByRole('button', { name: 'Générer' }).first().click()
  await page.getByRole('textbox', { name: 'Chapô' }).fill('Deux questions posées dans le Studio.')
  await expect
    .poll(() => lake.query<string | null>('*[headline == $headline][0]._id', { headline }, raw))
    .toBeTruthy()
  await page
    .locator('input[type="file"]')
    .first()
    .setInputFiles({ name: 'portrait.png', mimeType: 'image/png', buffer: png })
  await page.getByRole('textbox', { name: 'Texte alternatif' }).first().fill(`Portrait de ${name}`)
  const answers = ['Première réponse.', 'Seconde réponse.']
  for (const [index, answer] of answers.entries()) {
    await page.locator('[contenteditable="true"]').first().click()
    await page.getByRole('button', { name: 'Insérer Question-réponse (bloc)' }).click()
    const dialog = page.getByRole('dialog').last()
    await dialog.getByRole('textbox', { name: 'Question' }).fill(`Question ${index + 1} ?`)
    await dialog.getByRole('combobox', { name: 'Personne qui répond' }).fill(name)
    await page.getByRole('option').filter({ hasText: name }).first().click()
    await dialog.locator('[contenteditable="true"]').first().click()
    await page.keyboard.type(answer)
    await expect(dialog.getByText(answer)).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  }
  const articleQuery = `*[_type == "article" && headline == $headline][0]{
    _id, "slug": slug.current, "image": heroImage.asset._ref, kind, publishedAt,
    "speakers": body[_type == "qa"].speaker._ref,
    "answers": body[_type == "qa"].answer[0].children[0].text
  }`
  const complete = (article: Article | null) =>
    Boolean(article?.slug && article.publishedAt) &&
    article?.kind === 'interview' &&
    article?.image === portraitId &&
    JSON.stringify(article?.speakers) === JSON.stringify([person._id, person._id]) &&
    JSON.stringify(article?.answers) === JSON.stringify(answers)
  await expect
    .poll(async () => complete(await lake.query<Article | null>(articleQuery, { headline }, raw)))
    .toBe(true)
  // The Studio found the file by its sha1: no second upload.
  expect(uploads()).toHaveLength(1)
  await publish(page, async () =>
    complete(await lake.query<Article | null>(articleQuery, { headline })),
  )
  const article = (await lake.query<Article>(articleQuery, { headline }))!
  const path = `/articles/${article.slug}`
  await pageShows(request, path, headline)
  const html = await (await request.get(path)).text()
  expect(html).toContain('Seconde réponse.')
  expect(html).toContain(sha1)
  mark('article published, page shows it')

  // 3. The headline edited and published again: the page follows.
  const edited = `${headline} (mis à jour)`
  const headlineOf = (id: string, perspective?: typeof raw) =>
    lake.query<string | null>('*[_id == $id][0].headline', { id }, perspective)
  await page.getByRole('textbox', { name: 'Titre', exact: true }).fill(edited)
  await expect.poll(() => headlineOf(`drafts.${article._id}`, raw)).toBe(edited)
  await publish(page, async () => (await headlineOf(article._id)) === edited)
  await pageShows(request, path, edited)
  mark('headline edit published, page follows')

  // 4. History: back to the first publication, published again.
  await page
    .getByRole('button', { name: /Dernière (publication|mise à jour)/ })
    .first()
    .click()
  await page.getByRole('tab', { name: 'Historique' }).click()
  const revisions = page.getByRole('listbox', { name: 'Révisions du document' })
  const publications = revisions.getByRole('option', { name: /Publié/ })
  // Newest first: the last one is the first publication (the timeline may show the newest
  // publication twice; the lake holds one publish per click).
  await expect(publications.nth(1)).toBeVisible()
  await publications
    .last()
    .getByRole('button', { name: /Publié/ })
    .click()
  await expect(page.getByRole('textbox', { name: 'Titre', exact: true })).toHaveValue(headline)
  await page.getByRole('button', { name: 'Restaurer', exact: true }).click()
  // The confirmation is a popover beside the button, not a dialog.
  await page.getByRole('button', { name: 'Confirmer', exact: true }).click()
  await expect.poll(() => headlineOf(`drafts.${article._id}`, raw)).toBe(headline)
  await publish(page, async () => (await headlineOf(article._id)) === headline)
  // The edited headline contains the first one: wait for the page to lose the edit.
  await expect
    .poll(async () => (await (await request.get(path)).text()).includes(edited), {
      timeout: 10_000,
      intervals: [250, 500],
    })
    .toBe(false)
  await pageShows(request, path, headline)
  mark('reverted and published, page follows')

  // 5. The same bytes posted to the lake API again: the same asset (sha1 dedupe), stored once.
  const token = await localEditorToken(request)
  for (let i = 0; i < 2; i++) {
    const response = await request.post(`${lakeApi}/assets/images/production?filename=copie.png`, {
      data: png,
      headers: { 'Content-Type': 'image/png', authorization: `Bearer ${token}` },
    })
    expect(response.status()).toBe(200)
    expect((await response.json()).document._id).toBe(portraitId)
  }
  expect(
    await lake.query<string[]>('*[_type == "sanity.imageAsset" && sha1hash == $sha1]._id', {
      sha1,
    }),
  ).toEqual([portraitId])

  expect(requests.all.some((r) => r.includes('/data/history/production/events/documents/'))).toBe(
    true,
  )
  console.log(
    `Studio scenario, ${requests.all.length} requests, refused off-loopback: ${JSON.stringify(requests.offLoopback())}\n${times.join(' · ')}`,
  )
  expect(requests.leaving()).toEqual([])
})
