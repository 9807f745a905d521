import { fetchMetadataContent, fetchStaticParams } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { buildRss, rssResponse, seriesFeedPath } from '@/lib/feed'
import { feedQuery, seriesSlugsQuery } from '@/sanity/lib/queries'

export async function generateStaticParams() {
  const series = await fetchStaticParams(seriesSlugsQuery)
  return series.flatMap((item) => (item.slug ? [{ slug: item.slug }] : []))
}

/** RSS 2.0 feed of the latest articles of one series. */
export async function GET(_request: Request, context: RouteContext<'/rubriques/[slug]/flux.xml'>) {
  const { slug } = await context.params
  const data = await fetchMetadataContent(feedQuery, { series: slug })
  const path = seriesFeedPath(data.series?.slug)
  if (!data.series || !path) {
    return new Response('Rubrique introuvable', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return rssResponse(buildRss(data, getEnv().siteUrl, path))
}
