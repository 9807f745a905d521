import type { MetadataRoute } from 'next'

import { fetchMetadataContent } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { sitemapEntries } from '@/lib/sitemap'
import { sitemapQuery } from '@/sanity/lib/queries'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await fetchMetadataContent(sitemapQuery), getEnv().siteUrl)
}
