import type { MetadataRoute } from 'next'

import { monthKeyOf } from '@/lib/archive'
import {
  absoluteUrl,
  resolveHref,
  resolvePageHref,
  resolveSeriesMonthHref,
  type LinkableType,
} from '@/lib/href'
import { pageCount } from '@/lib/pagination'
import type { SitemapQueryResult } from '@/sanity.types'

type Entry = MetadataRoute.Sitemap[number]

function newest(dates: readonly string[]): string | undefined {
  return dates.reduce<string | undefined>(
    (max, date) => (!max || date > max ? date : max),
    undefined,
  )
}

/**
 * Every public page and nothing else: home, indexes, documents with a page, every page of a
 * theme, and the month archives of each series (a month is listed only when the series has
 * articles in it). Search results are left out: they are `noindex`.
 */
export function sitemapEntries(data: SitemapQueryResult, siteUrl: string): MetadataRoute.Sitemap {
  const entries: Entry[] = []
  const add = (path: string | null, lastModified?: string) => {
    if (path) entries.push({ url: absoluteUrl(siteUrl, path), lastModified })
  }
  const docs = (type: LinkableType, list: { slug: string; _updatedAt: string }[]) => {
    for (const doc of list) add(resolveHref(type, doc.slug), doc._updatedAt)
  }

  add('/', newest(data.articles.map((article) => article._updatedAt)))
  add('/personnalites', newest(data.people.map((person) => person._updatedAt)))
  add('/organisations', newest(data.organisations.map((organisation) => organisation._updatedAt)))
  docs('article', data.articles)
  docs('person', data.people)
  docs('author', data.authors)
  docs('organisation', data.organisations)
  for (const tag of data.tags) {
    const path = resolveHref('tag', tag.slug)
    for (let page = 1; path && page <= pageCount(tag.total); page += 1) {
      add(resolvePageHref(path, page), tag._updatedAt)
    }
  }
  for (const series of data.series) {
    add(resolveHref('series', series.slug), series._updatedAt)
    const months = new Map<string, string[]>()
    for (const article of series.articles) {
      const month = monthKeyOf(article.publishedAt)
      months.set(month, [...(months.get(month) ?? []), article._updatedAt])
    }
    for (const [month, updated] of [...months].sort(([a], [b]) => b.localeCompare(a))) {
      add(resolveSeriesMonthHref(series.slug, month), newest(updated))
    }
  }
  return entries
}
