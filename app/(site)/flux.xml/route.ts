import { fetchMetadataContent } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { buildRss, rssResponse, SITE_FEED_PATH } from '@/lib/feed'
import { feedQuery } from '@/sanity/lib/queries'

/** RSS 2.0 feed of the latest articles of the whole site. */
export async function GET() {
  const data = await fetchMetadataContent(feedQuery, { series: null })
  return rssResponse(buildRss(data, getEnv().siteUrl, SITE_FEED_PATH))
}
