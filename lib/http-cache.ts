/**
 * How long shared caches (a CDN, the nginx of deploy/nginx.conf) may keep reader pages. Next
 * would announce its own server-cache lifetime (`s-maxage` of 30 days, pages being revalidated
 * by tag on publish); a shared cache cannot hear those revalidations, so it keeps a page a few
 * seconds, serves the stale copy while it fetches a new one, and for a day while the site is
 * down. A header set here wins over Next's for prerendered pages (Next sets its own only when
 * none is present).
 */
export const SHARED_CACHE_CONTROL =
  'public, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400'

/** Reader paths: public, the same for every visitor. Never the back office, Studio or APIs. */
const READER_PATHS = [
  '/',
  '/articles/:slug',
  '/auteurs/:slug',
  '/organisations',
  '/organisations/:slug',
  '/personnalites',
  '/personnalites/:slug',
  '/recherche',
  '/rubriques/:path*',
  '/themes/:path*',
  '/flux.xml',
  '/sitemap.xml',
  '/robots.txt',
]

/** `headers()` rules of next.config: draft-mode views keep Next's `private, no-store`. */
export function sharedCacheRules() {
  return READER_PATHS.map((source) => ({
    source,
    missing: [{ type: 'cookie' as const, key: '__prerender_bypass' }],
    headers: [{ key: 'Cache-Control', value: SHARED_CACHE_CONTROL }],
  }))
}
