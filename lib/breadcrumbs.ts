import { absoluteUrl } from './href'

/** One step of a breadcrumb trail; the last one is the current page. */
export interface Crumb {
  label: string
  /** Site path; null for a step without its own page (an article kind, for instance). */
  href: string | null
}

/**
 * schema.org BreadcrumbList for a trail. Steps without a page are left out, since search
 * engines require a URL on every step; positions stay consecutive.
 */
export function breadcrumbList(siteUrl: string, trail: readonly Crumb[]) {
  const linked = trail.filter((crumb) => crumb.href)
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: linked.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(siteUrl, crumb.href ?? '/'),
    })),
  }
}
