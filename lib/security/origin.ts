/*
 * Cross-site request forgery check for form posts that are not Server Actions (Next checks those
 * itself, comparing `Origin` with the host). Same rule: a browser always sends `Origin` on a
 * cross-site POST, so a post whose `Origin` names another site is refused; when `Origin` is
 * absent, the Fetch Metadata header must say the post came from this origin. A post with neither
 * comes from no browser a forger could use, but is refused all the same: nothing legitimate
 * sends one.
 */

function hostOf(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    return new URL(value).host.toLowerCase()
  } catch {
    return null
  }
}

/**
 * Whether `request` was posted by a page of this site. The hosts accepted are the one the
 * request was sent to (`X-Forwarded-Host` set by the proxy, else `Host`, else the URL), and the
 * public URL of the site (`siteUrl`) when given.
 */
export function isSameOriginPost(request: Request, siteUrl?: string): boolean {
  const origin = request.headers.get('origin')
  if (origin === null) return request.headers.get('sec-fetch-site') === 'same-origin'
  const originHost = hostOf(origin)
  if (!originHost) return false
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim()
  const targets = [
    forwarded?.toLowerCase(),
    request.headers.get('host')?.toLowerCase(),
    hostOf(request.url),
    hostOf(siteUrl),
  ]
  return targets.some((host) => host === originHost)
}
