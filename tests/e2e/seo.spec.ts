import { expect, test, type APIRequestContext } from '@playwright/test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import Parser from 'rss-parser'

import { demoById, demoOfType, refOf, slugOf, type DemoDocument } from './demo-data'

const articles = demoOfType('article').sort((a, b) =>
  String(b.publishedAt).localeCompare(String(a.publishedAt)),
)
const articlePath = (article: DemoDocument) => `/articles/${slugOf(article)}`

/** The Paris month of an instant, « 2026-11 », computed here independently of lib/archive. */
function parisMonth(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
  }).format(new Date(iso))
}

function expectedSitemapPaths(): string[] {
  const people = demoOfType('person')
  const series = demoOfType('series')
  const noIndex = (article: DemoDocument) =>
    (article.seo as { noIndex?: boolean } | undefined)?.noIndex === true
  return [
    '/',
    '/personnalites',
    '/organisations',
    ...articles.filter((article) => !noIndex(article)).map(articlePath),
    ...people.filter((p) => p.isJournalist !== true).map((p) => `/personnalites/${slugOf(p)}`),
    ...people.filter((p) => p.isJournalist === true).map((p) => `/auteurs/${slugOf(p)}`),
    ...demoOfType('organisation').map((o) => `/organisations/${slugOf(o)}`),
    ...demoOfType('tag').map((tag) => `/themes/${slugOf(tag)}`),
    ...series.map((s) => `/rubriques/${slugOf(s)}`),
    ...series.flatMap((s) => {
      const months = articles
        .filter((article) => refOf(article.series) === s._id)
        .map((article) => parisMonth(String(article.publishedAt)))
      return [...new Set(months)].map((month) => `/rubriques/${slugOf(s)}/${month}`)
    }),
  ].sort()
}

/** rss-parser gives a category with a `domain` attribute as `{ _: name, $: { domain } }`. */
function categoryNames(categories: unknown): string[] {
  if (!Array.isArray(categories)) return []
  return categories.map((category: unknown) =>
    typeof category === 'string' ? category : String((category as { _?: string })._),
  )
}

async function fetchFeed(request: APIRequestContext, path: string) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8')
  const xml = await response.text()
  expect(XMLValidator.validate(xml)).toBe(true)
  const raw = new XMLParser().parse(xml) as { rss?: { channel?: { language?: string } } }
  expect(raw.rss?.channel?.language).toBe('fr')
  return new Parser().parseString(xml)
}

test.describe('flux RSS', () => {
  test('le flux du site liste les derniers articles, du plus récent au plus ancien', async ({
    request,
  }) => {
    const feed = await fetchFeed(request, '/flux.xml')
    expect(feed.title).toBe('Kiosque')
    const expected = articles.slice(0, 30)
    expect(feed.items.map((item) => new URL(item.link ?? '').pathname)).toEqual(
      expected.map(articlePath),
    )
    for (const [index, item] of feed.items.entries()) {
      const article = expected[index]!
      expect(item.title).toBe(article.headline)
      expect(item.guid).toBe(item.link)
      expect(item.content).toBe(article.standfirst)
      expect(new Date(item.pubDate ?? '').toISOString()).toBe(
        new Date(String(article.publishedAt)).toISOString(),
      )
      const series = demoById(refOf(article.series) ?? '')
      if (series) expect(categoryNames(item.categories)).toContain(series.title)
    }
  })

  test('chaque rubrique a son flux, limité à ses articles', async ({ request }) => {
    for (const series of demoOfType('series')) {
      const feed = await fetchFeed(request, `/rubriques/${slugOf(series)}/flux.xml`)
      expect(feed.title).toContain(String(series.title))
      const html = await (await request.get(`/rubriques/${slugOf(series)}`)).text()
      expect(html).toMatch(
        new RegExp(
          `<link rel="alternate" type="application/rss\\+xml" href="[^"]*/rubriques/${slugOf(series)}/flux\\.xml"`,
        ),
      )
      const expected = articles.filter((article) => refOf(article.series) === series._id)
      expect(feed.items.map((item) => new URL(item.link ?? '').pathname)).toEqual(
        expected.slice(0, 30).map(articlePath),
      )
    }
    expect((await request.get('/rubriques/rubrique-inexistante/flux.xml')).status()).toBe(404)
  })

  test('les pages annoncent le flux dans leur en-tête et leur pied de page', async ({ page }) => {
    await page.goto('/')
    const link = page.locator('head link[rel="alternate"][type="application/rss+xml"]')
    await expect(link).toHaveCount(1)
    expect(new URL((await link.getAttribute('href')) ?? '').pathname).toBe('/flux.xml')
    await expect(
      page.getByRole('contentinfo').getByRole('link', { name: 'Flux RSS' }),
    ).toHaveAttribute('href', '/flux.xml')
  })
})

test('le JSON-LD de chaque article se lit et nomme la personne interrogée', async ({ request }) => {
  test.setTimeout(120_000)
  for (const article of articles) {
    const html = await (await request.get(articlePath(article))).text()
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
    const data = scripts.map((match) => JSON.parse(match[1] ?? '') as Record<string, unknown>)
    const news = data.find((item) => item['@type'] === 'NewsArticle')
    expect(news, articlePath(article)).toBeDefined()
    expect(news?.headline).toBe(article.headline)
    const interviewee = demoById(refOf(article.interviewee) ?? '')
    if (article.kind === 'interview' && interviewee) {
      expect(news?.about).toMatchObject({ '@type': 'Person', name: interviewee.name })
    }
  }
})

test.describe('plan du site et robots', () => {
  test('le sitemap liste exactement les pages publiques, qui répondent toutes 200', async ({
    request,
  }) => {
    test.setTimeout(180_000)
    const response = await request.get('/sitemap.xml')
    expect(response.status()).toBe(200)
    const xml = await response.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const parsed = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml) as {
      urlset: { url: { loc: string; lastmod?: string }[] }
    }
    const entries = parsed.urlset.url
    const paths = entries.map((entry) => new URL(entry.loc).pathname).sort()
    expect(paths).toEqual(expectedSitemapPaths())
    expect(paths).not.toContain('/recherche')
    for (const entry of entries) expect(Number.isNaN(Date.parse(entry.lastmod ?? ''))).toBe(false)
    const failures: string[] = []
    for (const path of paths) {
      const status = (await request.get(path)).status()
      if (status !== 200) failures.push(`${path} → ${status}`)
    }
    expect(failures).toEqual([])
  })

  test('robots.txt ferme le Studio, l’API et la modération et pointe vers le sitemap', async ({
    request,
  }) => {
    const response = await request.get('/robots.txt')
    expect(response.status()).toBe(200)
    const lines = (await response.text()).split('\n').map((line) => line.trim())
    expect(lines).toContain('Allow: /')
    for (const path of ['/studio', '/api/', '/moderation']) {
      expect(lines).toContain(`Disallow: ${path}`)
    }
    expect(lines.some((line) => /^Disallow: \/media/.test(line))).toBe(false)
    const sitemap = lines.find((line) => line.startsWith('Sitemap: '))
    expect(new URL(sitemap?.slice('Sitemap: '.length) ?? '').pathname).toBe('/sitemap.xml')
  })
})

test('l’image de partage d’un article est générée en PNG 1200 × 630', async ({ page, request }) => {
  const article = articles.find((item) => item.kind === 'interview' && item.interviewee)!
  await page.goto(articlePath(article))
  const content = await page.locator('head meta[property="og:image"]').getAttribute('content')
  const url = new URL(content ?? '')
  expect(url.pathname).toMatch(new RegExp(`^${articlePath(article)}/opengraph-image`))
  const response = await request.get(`${url.pathname}${url.search}`)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  const png = await response.body()
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
})

test.describe('recherche sans JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  // A real accented name of the demo data, typed without its accents.
  const person = demoOfType('person').find((p) => p.name === 'Hélène Varambon')!

  test('« helene varambon » trouve Hélène Varambon, surlignée, groupes comptés', async ({
    page,
  }) => {
    await page.goto('/recherche')
    const search = page.getByRole('search')
    await search.getByLabel(/Rechercher/).fill('helene varambon')
    await search.getByRole('button', { name: 'Rechercher' }).click()
    await expect(page).toHaveURL(/\/recherche\?q=helene\+varambon$/)
    const people = page.getByRole('region', { name: /Personnalités \(1\)/ })
    await expect(people.getByRole('link', { name: String(person.name) })).toHaveAttribute(
      'href',
      `/personnalites/${slugOf(person)}`,
    )
    await expect(people.locator('mark').first()).toHaveText('Hélène')
    await expect(page.getByRole('region', { name: /Articles \(\d+\)/ })).toBeVisible()
    await expect(page.getByRole('search').getByRole('searchbox')).toHaveValue('helene varambon')
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  })

  test('« cooperative » trouve la coopérative parmi les organisations', async ({ page }) => {
    await page.goto('/recherche?q=cooperative')
    const organisations = page.getByRole('region', { name: /Organisations \(\d+\)/ })
    await expect(organisations.getByRole('link', { name: 'Coopérative Les Sillons' })).toBeVisible()
  })

  test('requête vide, trop courte, trop longue ou sans résultat : messages en français', async ({
    page,
  }) => {
    await page.goto('/recherche')
    await expect(page.getByText(/Saisissez un nom, une organisation ou un sujet/)).toBeVisible()
    await page.goto('/recherche?q=a')
    await expect(page.getByText(/Votre recherche est trop courte/)).toBeVisible()
    await page.goto(`/recherche?q=${'x'.repeat(201)}`)
    await expect(page.getByRole('alert')).toContainText('200 caractères')
    await page.goto('/recherche?q=zzzyxw')
    await expect(page.getByRole('status')).toContainText(/Aucun résultat pour «\s?zzzyxw\s?»/)
  })
})
