import { expect, test } from '@playwright/test'

import { initialsOf } from '../../lib/speakers'
import { demoById, demoOfType, refOf, slugOf } from './demo-data'

const interviews = demoOfType('article')
  .filter((article) => article.kind === 'interview')
  .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))

test('une page d’entretien affiche titre, chapô, crédit, questions et biographie', async ({
  page,
}) => {
  const article = interviews[0]
  expect(article, 'le jeu de démonstration contient un entretien').toBeDefined()
  if (!article) return
  const person = demoById(refOf(article.interviewee) ?? '')
  expect(person).toBeDefined()
  if (!person) return

  const response = await page.goto(`/articles/${slugOf(article)}`)
  expect(response?.status()).toBe(200)

  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveCount(1)
  // Typography at render only changes spacing and apostrophes: compare on letters.
  const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '')
  expect(letters((await heading.textContent()) ?? '')).toBe(letters(String(article.headline)))

  await expect(page.getByTestId('standfirst')).toContainText('Entretien.')
  await expect(page.getByTestId('published-at')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}/)

  const qa = page.getByTestId('qa')
  await expect(qa).toHaveCount(3)
  const labels = page.getByTestId('speaker-label')
  await expect(labels.first()).toHaveText(`${String(person.name)}\u202F:`)
  const initials = initialsOf({
    _id: person._id,
    name: String(person.name),
    givenName: person.givenName as string,
    familyName: person.familyName as string,
    initials: (person.initials as string | undefined) ?? null,
  })
  await expect(labels.nth(1)).toHaveText(`${initials}\u202F:`)

  await expect(page.getByRole('heading', { name: 'Biographie' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Organisations citées' })).toBeVisible()

  const hero = page.locator('figure img').first()
  await expect(hero).toBeVisible()
  expect(await hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  // The hero is the LCP element: eager and high priority, so React preloads it from the <head>
  // with the same srcset (the browser picks the same candidate for both).
  await expect(hero).toHaveAttribute('loading', 'eager')
  await expect(hero).toHaveAttribute('fetchpriority', 'high')
  const preload = page.locator('head link[rel="preload"][as="image"][fetchpriority="high"]')
  await expect(preload).toHaveAttribute('imagesrcset', (await hero.getAttribute('srcset'))!)
})

test('une adresse d’article inconnue affiche la page introuvable, non indexable', async ({
  page,
}) => {
  const response = await page.goto('/articles/cet-article-n-existe-pas')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('introuvable')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
})
