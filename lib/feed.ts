import { Feed } from 'feed'

import { absoluteUrl, resolveHref } from '@/lib/href'
import type { FeedQueryResult } from '@/sanity.types'

/** Path of the whole-site RSS feed. */
export const SITE_FEED_PATH = '/flux.xml'

/** Path of a series' RSS feed, « /rubriques/nomination-du-mois/flux.xml ». */
export function seriesFeedPath(slug: string | null | undefined): string | null {
  const series = resolveHref('series', slug)
  return series ? `${series}/flux.xml` : null
}

/** `alternates.types` advertising a feed in a page's `<head>`. */
export function feedAlternate(path: string, title: string) {
  return { 'application/rss+xml': [{ url: path, title }] }
}

/** `alternates.types` of the whole-site feed, for every page that sets its own `alternates`. */
export const siteFeedTypes = feedAlternate(SITE_FEED_PATH, 'Kiosque : tous les articles')

function latest(dates: (string | null | undefined)[]): Date | undefined {
  const times = dates.flatMap((date) => (date ? [Date.parse(date)] : []))
  return times.length > 0 ? new Date(Math.max(...times)) : undefined
}

/**
 * RSS 2.0 for the whole site, or for one series when the query found it. Each item's guid is its
 * permalink (the article URL); its categories are its series and tags.
 */
export function buildRss(data: FeedQueryResult, siteUrl: string, selfPath: string): string {
  const siteTitle = data.settings?.title ?? 'Kiosque'
  const series = data.series
  const homeUrl = absoluteUrl(siteUrl, series ? (resolveHref('series', series.slug) ?? '/') : '/')
  const image = data.settings?.ogImage?.asset?.url
  const feed = new Feed({
    id: homeUrl,
    title: series ? `${series.title} · ${siteTitle}` : siteTitle,
    description: (series ? series.description : data.settings?.description) ?? siteTitle,
    link: homeUrl,
    language: 'fr',
    image: image ? absoluteUrl(siteUrl, image) : undefined,
    copyright: `© ${siteTitle}`,
    generator: siteTitle,
    feedLinks: { rss: absoluteUrl(siteUrl, selfPath) },
    // Never `new Date()`: the feed must be identical for identical content (it is prerendered).
    updated:
      latest([
        ...data.articles.map((article) => article._updatedAt),
        series?._updatedAt,
        data.settings?._updatedAt,
      ]) ?? new Date(0),
  })
  for (const article of data.articles) {
    const path = resolveHref('article', article.slug)
    if (!path) continue
    const link = absoluteUrl(siteUrl, path)
    const seriesHref = resolveHref('series', article.series?.slug)
    const hero = article.heroImage?.asset?.url
    feed.addItem({
      title: article.headline,
      link,
      date: new Date(article.publishedAt),
      description: article.standfirst,
      category: [
        ...(article.series
          ? [
              {
                name: article.series.title,
                domain: seriesHref ? absoluteUrl(siteUrl, seriesHref) : undefined,
              },
            ]
          : []),
        ...(article.tags ?? []).map((tag) => ({ name: tag.title })),
      ],
      image: hero ? absoluteUrl(siteUrl, hero) : undefined,
    })
  }
  return feed.rss2()
}

/** The HTTP response of a feed. */
export function rssResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
