import { expect, test, type Page } from '@playwright/test'

import { formatMonthKey } from '../../lib/archive'
import { demoById, demoOfType, refOf, seriesMonths, slugOf, type DemoDocument } from './demo-data'

// Typography at render only changes spacing and apostrophes: compare on letters.
const letters = (text: string | null) => (text ?? '').replace(/[^\p{L}\p{N}]/gu, '')
const collator = new Intl.Collator('fr', { sensitivity: 'base' })
const byDate = (a: DemoDocument, b: DemoDocument) =>
  String(b.publishedAt).localeCompare(String(a.publishedAt))

/** One h1 with that text, the visible trail and both JSON-LD blocks a page type must carry. */
async function expectPage(page: Page, h1: string, jsonLdTypes: string[] = []) {
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveCount(1, { timeout: 30_000 })
  expect(letters(await heading.textContent())).toContain(letters(h1))
  await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' })).toBeVisible()
  const types = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) =>
      scripts.map((script) => JSON.parse(script.textContent ?? '{}')['@type']),
    )
  for (const type of ['BreadcrumbList', ...jsonLdTypes]) expect(types).toContain(type)
}

/** A missing page answers 404 with its French not-found message, kept out of search engines. */
async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('introuvable', {
    timeout: 30_000,
  })
  await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached()
}

const people = demoOfType('person')
const helene = people.find((person) => slugOf(person) === 'helene-varambon')
const journalist = people.find((person) => person.isJournalist)

test('une fiche personnalité montre fonctions, parcours, entretiens et citations', async ({
  page,
}) => {
  expect(helene, 'Hélène Varambon est dans le jeu de démonstration').toBeDefined()
  if (!helene) return
  const response = await page.goto(`/personnalites/${slugOf(helene)}`)
  expect(response?.status()).toBe(200)
  await expectPage(page, String(helene.name), ['Person'])

  const current = page.getByRole('region', { name: 'Fonctions actuelles' })
  await expect(current.getByRole('link', { name: 'Numéria' })).toHaveAttribute(
    'href',
    '/organisations/numeria',
  )
  await expect(current).toContainText('depuis le 18 juin 2026')
  const past = page.getByRole('region', { name: 'Fonctions passées' })
  await expect(past.getByRole('link', { name: 'Logisphère' })).toBeVisible()
  await expect(past).toContainText('du 1er mars 2009 au 15 novembre 2021')

  await expect(page.getByRole('region', { name: 'Biographie' })).toBeVisible()
  await expect(page.getByTestId('career').getByRole('listitem').first()).toBeVisible()

  const interviews = demoOfType('article').filter((a) => refOf(a.interviewee) === helene._id)
  const interviewCards = page
    .getByRole('region', { name: 'Entretiens' })
    .getByTestId('article-card')
  await expect(interviewCards).toHaveCount(interviews.length)
  await expect(
    page.getByRole('region', { name: 'Cité dans' }).getByTestId('article-card').first(),
  ).toBeVisible()
})

test('une fiche de journaliste renvoie à sa page d’auteur, qui liste ses articles', async ({
  page,
}) => {
  expect(journalist).toBeDefined()
  if (!journalist) return
  await page.goto(`/personnalites/${slugOf(journalist)}`)
  await page.getByTestId('journalist-note').getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/auteurs/${slugOf(journalist)}$`))
  await expectPage(page, String(journalist.name), ['Person'])

  const written = demoOfType('article')
    .filter((article) =>
      (article.authors as unknown[] | undefined)?.some((a) => refOf(a) === journalist._id),
    )
    .sort(byDate)
  const cards = page.getByTestId('author-articles').getByTestId('article-card')
  await expect(cards).toHaveCount(written.length)
  const first = await cards.first().getByRole('heading').textContent()
  expect(letters(first)).toBe(letters(String(written[0]?.headline)))
})

test('l’index des personnalités suit l’ordre alphabétique des noms de famille', async ({
  page,
}) => {
  await page.goto('/personnalites')
  await expectPage(page, 'Personnalités')
  const expected = people
    .filter((person) => !person.isJournalist)
    .sort((a, b) => collator.compare(String(a.familyName), String(b.familyName)))
    .map((person) => String(person.name))
  const names = await page.getByTestId('person-card').getByRole('heading').allTextContents()
  expect(names).toEqual(expected)
})

test('l’index des organisations les range par type, libellés en français', async ({ page }) => {
  await page.goto('/organisations')
  await expectPage(page, 'Organisations')
  for (const heading of [
    'Fédérations',
    'Syndicats',
    'Entreprises',
    'Organismes publics',
    'Écoles',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible()
  }
  const federations = page.getByRole('region', { name: 'Fédérations' })
  await expect(
    federations.getByRole('link', { name: /Fédération des métiers du numérique/ }),
  ).toBeVisible()
  for (const organisation of demoOfType('organisation')) {
    await expect(
      page.getByRole('link', { name: String(organisation.name), exact: true }),
    ).toHaveCount(1)
  }
})

test('une fiche organisation montre chiffres clés, personnalités et articles', async ({ page }) => {
  await page.goto('/organisations/numeria')
  await expectPage(page, 'Numéria', ['Organization'])
  await expect(page.getByTestId('kind')).toHaveText('Syndicat')
  const figures = page.getByRole('region', { name: 'Chiffres clés' })
  await expect(figures).toContainText('2\u202F430')
  await expect(figures).toContainText('entreprises adhérentes')
  await expect(figures).toContainText('au 30 juin 2026')
  const members = page.getByRole('region', { name: 'Personnalités' })
  await expect(members.getByRole('link', { name: 'Hélène Varambon' })).toBeVisible()
  await expect(
    page.getByTestId('organisation-articles').getByTestId('article-card').first(),
  ).toBeVisible()
})

// One relation of each kind, checked from both of its ends.
const relations = demoOfType('organisation').flatMap((source) =>
  ((source.relations as { kind: string; target: unknown }[] | undefined) ?? []).map((relation) => ({
    source,
    kind: relation.kind,
    target: demoById(refOf(relation.target) ?? ''),
  })),
)
const oneOfEachKind = [...new Map(relations.map((relation) => [relation.kind, relation])).values()]

for (const { source, kind, target } of oneOfEachKind) {
  test(`la relation ${kind} se lit dans les deux sens (${slugOf(source)})`, async ({ page }) => {
    expect(target).toBeDefined()
    if (!target) return
    await page.goto(`/organisations/${slugOf(source)}`)
    await expect(
      page.getByTestId(`relation-${kind}`).getByRole('link', { name: String(target.name) }),
    ).toBeVisible()
    await page.goto(`/organisations/${slugOf(target)}`)
    await expect(
      page.getByTestId(`relation-inverse-${kind}`).getByRole('link', { name: String(source.name) }),
    ).toBeVisible()
  })
}

test('une rubrique classe ses articles par mois et renvoie vers les mois plus anciens', async ({
  page,
}) => {
  const series = demoById('series-nomination-du-mois')
  expect(series).toBeDefined()
  if (!series) return
  const months = seriesMonths(series._id)
  expect(months.length, 'plus de six mois de démonstration').toBeGreaterThan(6)
  await page.goto(`/rubriques/${slugOf(series)}`)
  await expectPage(page, String(series.title))
  const headings = await page
    .getByTestId('month')
    .getByRole('heading', { level: 2 })
    .allTextContents()
  expect(headings).toEqual(months.slice(0, 6).map(formatMonthKey))
  const older = page.getByTestId('older-months').getByRole('link')
  await expect(older).toHaveCount(months.length - 6)
  await older.first().click()
  await expect(page).toHaveURL(new RegExp(`/rubriques/${slugOf(series)}/${months[6]}$`))
})

test('les pages de mois s’enchaînent par « Mois précédent » et « Mois suivant »', async ({
  page,
}) => {
  const months = seriesMonths('series-nomination-du-mois')
  const [newest, middle, older] = months
  expect(older, 'au moins trois mois de démonstration').toBeDefined()
  if (!newest || !middle || !older) return
  await page.goto(`/rubriques/nomination-du-mois/${middle}`)
  await expectPage(page, formatMonthKey(middle))
  const nav = page.getByRole('navigation', { name: 'Mois d’archives' })
  await nav.getByRole('link', { name: /Mois précédent/ }).click()
  await expect(page).toHaveURL(new RegExp(`/${older}$`))
  await page.goto(`/rubriques/nomination-du-mois/${newest}`)
  await expect(nav.getByRole('link', { name: /Mois précédent/ })).toBeVisible()
  await expect(nav.getByRole('link', { name: /Mois suivant/ })).toHaveCount(0)
  await page.goto(`/rubriques/nomination-du-mois/${months.at(-1)}`)
  await expect(nav.getByRole('link', { name: /Mois précédent/ })).toHaveCount(0)
})

test('une page thème liste ses articles', async ({ page }) => {
  const tag = demoById('tag-numerique')
  expect(tag).toBeDefined()
  if (!tag) return
  await page.goto(`/themes/${slugOf(tag)}`)
  await expectPage(page, String(tag.title))
  const tagged = demoOfType('article').filter((article) =>
    (article.tags as unknown[] | undefined)?.some((ref) => refOf(ref) === tag._id),
  )
  await expect(page.getByTestId('tag-articles').getByTestId('article-card')).toHaveCount(
    tagged.length,
  )
})

test('un article porte son fil d’Ariane vers sa rubrique', async ({ page }) => {
  await page.goto('/articles/3-questions-a-helene-varambon')
  await expectPage(page, '3 questions à Hélène Varambon')
  const trail = page.getByRole('navigation', { name: 'Fil d’Ariane' })
  await expect(trail.getByRole('link', { name: 'Nomination du mois' })).toHaveAttribute(
    'href',
    '/rubriques/nomination-du-mois',
  )
})

test('les adresses inconnues affichent la page introuvable', async ({ page }) => {
  const nonJournalist = people.find((person) => !person.isJournalist)
  for (const path of [
    '/personnalites/personne-inconnue',
    '/organisations/organisation-inconnue',
    '/rubriques/rubrique-inconnue',
    '/rubriques/nomination-du-mois/2026-13',
    '/rubriques/nomination-du-mois/2020-01',
    '/rubriques/nomination-du-mois/novembre',
    '/themes/theme-inconnu',
    // Demo themes fit on one page: no page 2, and page 1 has no second URL.
    '/themes/numerique/page/2',
    '/themes/numerique/page/1',
    '/auteurs/auteur-inconnu',
    `/auteurs/${nonJournalist ? slugOf(nonJournalist) : 'personne'}`,
  ]) {
    await expectNotFound(page, path)
  }
})
