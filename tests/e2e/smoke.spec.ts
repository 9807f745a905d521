import { expect, test } from '@playwright/test'

import { demoOfType, readerPaths, slugOf } from './demo-data'

const paths = [
  '/',
  ...demoOfType('article').map((article) => `/articles/${slugOf(article)}`),
  ...readerPaths(),
]

test('chaque page publique du jeu de démonstration répond 200', async ({ request }) => {
  const failures: string[] = []
  for (const path of paths) {
    const response = await request.get(path)
    if (response.status() !== 200) failures.push(`${path} → ${response.status()}`)
  }
  expect(failures).toEqual([])
  console.log(`${paths.length} pages visitées`)
})

test('l’accueil met en avant la nomination du mois', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByText('Nomination du mois').first()).toBeVisible()
  await expect(page.getByTestId('article-card').first()).toBeVisible()
})
