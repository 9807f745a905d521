import type { MetadataRoute } from 'next'

import { getEnv } from '@/lib/env'
import { absoluteUrl } from '@/lib/href'

/** Everything is public except the Studio, the API and the moderation desk; /media stays open. */
export default function robots(): MetadataRoute.Robots {
  const siteUrl = getEnv().siteUrl
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/studio', '/api/', '/moderation'] }],
    sitemap: absoluteUrl(siteUrl, '/sitemap.xml'),
  }
}
