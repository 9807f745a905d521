import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildRss, seriesFeedPath } from '@/lib/feed'
import { openLake, type Lake } from '@/lib/lake'
import { sitemapEntries } from '@/lib/sitemap'
import type { FeedQueryResult, SitemapQueryResult } from '@/sanity.types'
import { feedQuery, sitemapQuery } from '@/sanity/lib/queries'

const SITE = 'https://kiosque.example'

interface RssItem {
  title: string
  link: string
  guid: string
  pubDate: string
  category: string | string[]
}

function items(xml: string): RssItem[] {
  expect(XMLValidator.validate(xml)).toBe(true)
  const parsed = new XMLParser({ isArray: (name) => name === 'item' }).parse(xml) as {
    rss: { channel: { item?: RssItem[]; language: string; title: string } }
  }
  expect(parsed.rss.channel.language).toBe('fr')
  return parsed.rss.channel.item ?? []
}

describe('feeds and sitemap on the demo dataset', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kiosque-seo-'))
  let lake: Lake

  beforeAll(() => {
    lake = openLake({ dataDir, seedFile: path.resolve('content/demo/data.ndjson') })
  })
  afterAll(() => {
    lake.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('builds a site feed whose guids are the absolute article URLs, newest first', async () => {
    const data = await lake.query<FeedQueryResult>(feedQuery, { series: null })
    const xml = buildRss(data, SITE, '/flux.xml')
    const list = items(xml)
    expect(list).toHaveLength(data.articles.length)
    expect(list[0]?.link).toBe(`${SITE}/articles/${data.articles[0]?.slug}`)
    expect(list.every((item) => item.guid === item.link)).toBe(true)
    const dates = list.map((item) => Date.parse(item.pubDate))
    expect([...dates].sort((a, b) => b - a)).toEqual(dates)
    // Identical content gives an identical feed: no clock in the output.
    expect(buildRss(data, SITE, '/flux.xml')).toBe(xml)
  })

  it('builds a series feed limited to the series, titled after it', async () => {
    const data = await lake.query<FeedQueryResult>(feedQuery, { series: 'regards-croises' })
    expect(data.series?.title).toBe('Regards croisés')
    const path = seriesFeedPath(data.series?.slug)
    expect(path).toBe('/rubriques/regards-croises/flux.xml')
    const xml = buildRss(data, SITE, path ?? '')
    expect(xml).toContain('<title>Regards croisés · Kiosque</title>')
    const list = items(xml)
    expect(list.length).toBeGreaterThan(0)
    for (const item of list) expect([item.category].flat()).toContain('Regards croisés')
  })

  it('lists every public page once, with month archives in Paris time', async () => {
    const data = await lake.query<SitemapQueryResult>(sitemapQuery)
    const urls = sitemapEntries(data, SITE).map((entry) => entry.url.slice(SITE.length))
    expect(new Set(urls).size).toBe(urls.length)
    expect(urls).toEqual(expect.arrayContaining(['/', '/personnalites', '/organisations']))
    expect(urls).toContain('/rubriques/nomination-du-mois/2026-11')
    expect(urls).toContain('/auteurs/camille-roussey')
    expect(urls).not.toContain('/personnalites/camille-roussey')
    expect(urls).not.toContain('/recherche')
    expect(urls.filter((url) => url.startsWith('/articles/'))).toHaveLength(data.articles.length)
  })

  it('puts an article published just after midnight in Paris in the new month', () => {
    const data: SitemapQueryResult = {
      articles: [],
      people: [],
      authors: [],
      organisations: [],
      tags: [],
      series: [
        {
          slug: 's',
          _updatedAt: '2026-12-01T00:00:00Z',
          articles: [{ publishedAt: '2026-11-30T23:30:00Z', _updatedAt: '2026-12-01T00:00:00Z' }],
        },
      ],
    }
    const urls = sitemapEntries(data, SITE).map((entry) => entry.url)
    expect(urls).toContain(`${SITE}/rubriques/s/2026-12`)
  })
})
