import { expect, test } from '@playwright/test'

import { mailPreviews } from '../../lib/mail/previews'

/*
 * Every mail of the site (lib/mail/previews.ts: the real builders on sample data made to be
 * awkward: a long headline, a long name, a 200-character URL in the comment) in Chromium at a
 * phone's width and at a desktop client's: nothing scrolls sideways, the links are buttons and
 * text links (no bare URL shown), and the moderator's buttons come in the queue's order.
 */
const WIDTHS = [375, 600]

test('every mail fits 375 px and 600 px without scrolling sideways', async ({ page }) => {
  const previews = await mailPreviews('http://127.0.0.1:3000')
  expect(previews.length).toBeGreaterThanOrEqual(7)
  const overflowing: string[] = []
  for (const { name, mail } of previews) {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 })
      await page.setContent(mail.html)
      const size = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }))
      if (size.scroll > size.client) overflowing.push(`${name} à ${width} px : ${size.scroll} px`)
      // No link of the site shown as a bare URL: links are buttons and labelled links.
      expect(await page.locator('body').innerText(), name).not.toContain('127.0.0.1:3000')
    }
  }
  expect(overflowing).toEqual([])
})

test('the moderation mail: quote, then Approuver, Rejeter, Spam, then the article and the queue', async ({
  page,
}) => {
  const previews = await mailPreviews('http://127.0.0.1:3000')
  const mail = previews.find((preview) => preview.name === 'moderation')!.mail
  await page.setViewportSize({ width: 375, height: 800 })
  await page.setContent(mail.html)
  const links = await page.getByRole('link').evaluateAll((anchors) =>
    anchors.map((anchor) => ({
      text: (anchor as HTMLElement).innerText.trim(),
      href: anchor.getAttribute('href') ?? '',
      top: anchor.getBoundingClientRect().top,
    })),
  )
  expect(links.map((link) => link.text)).toEqual([
    'Approuver',
    'Rejeter',
    'Marquer comme spam',
    'Voir l’article',
    'Voir le commentaire dans la file de modération',
  ])
  expect(links[0]?.href).toMatch(/\/moderation\/decision\?jeton=/)
  expect(links[3]?.href).toBe('http://127.0.0.1:3000/articles/3-questions-a-claire-montadier')
  expect(links[4]?.href).toMatch(/\/moderation\?article=article-3-questions-a-claire-montadier#/)
  const quote = await page.locator('blockquote').boundingBox()
  expect(quote?.y ?? Infinity).toBeLessThan(links[0]?.top ?? 0)
  // Real buttons: a padded block at least 40 px high, easy to hit with a thumb.
  const approve = await page.getByRole('link', { name: 'Approuver' }).boundingBox()
  expect(approve?.height).toBeGreaterThanOrEqual(40)
})
