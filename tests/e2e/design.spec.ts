import { expect, test } from '@playwright/test'

/* The design promises of the reader pages: 360 px wide screens, dark mode, print. */
const ARTICLE = '/articles/3-questions-a-helene-varambon'

test.describe('à 360 px de large', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  for (const path of ['/', ARTICLE]) {
    test(`rien ne déborde horizontalement (${path})`, async ({ page }) => {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1, { timeout: 30_000 })
      await page.waitForLoadState('load')
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        // The widest elements, to name the culprit when it fails.
        wide: [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > 360.5)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      }))
      expect(widths.scroll, widths.wide.join(', ')).toBeLessThanOrEqual(360)
    })
  }
})

test('le thème sombre suit le système', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/')
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  )
  expect(background).toBe('rgb(21, 20, 19)')
})

test('l’impression d’un article ne garde que l’article, en noir sur blanc', async ({ page }) => {
  await page.goto(ARTICLE)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // Even from a dark screen theme, paper gets the light palette.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByTestId('qa').first()).toBeVisible()
  for (const hidden of [
    page.getByRole('navigation', { name: 'Navigation principale' }),
    page.getByRole('navigation', { name: 'Fil d’Ariane' }),
    page.getByTestId('share'),
    page.getByTestId('comment-form'),
    page.locator('footer[role="contentinfo"]'),
  ])
    await expect(hidden.first()).toBeHidden()
  const colors = await page.evaluate(() => ({
    background: getComputedStyle(document.documentElement).backgroundColor,
    heading: getComputedStyle(document.querySelector('h1') as Element).color,
    // A secondary text (date line) keeps a dark grey, not the dark theme's light grey.
    muted: getComputedStyle(
      document.querySelector('[data-testid="published-at"]')?.parentElement as Element,
    ).color,
  }))
  expect(colors).toEqual({
    background: 'rgb(255, 255, 255)',
    heading: 'rgb(0, 0, 0)',
    muted: 'rgb(61, 58, 53)',
  })
})
