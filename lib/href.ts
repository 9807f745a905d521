import { pageSegments } from './pagination'

/** Document types that have a public page. */
export type LinkableType = 'article' | 'person' | 'organisation' | 'series' | 'tag' | 'author'

const prefixes: Record<LinkableType, string> = {
  article: '/articles',
  person: '/personnalites',
  organisation: '/organisations',
  series: '/rubriques',
  tag: '/themes',
  author: '/auteurs',
}

/**
 * The one place where URLs are mapped: links, sitemap, feeds and the Studio preview all use it.
 * Returns null when the slug is missing, so callers render plain text instead of a broken link.
 */
export function resolveHref(type: LinkableType, slug: string | null | undefined): string | null {
  if (!slug) return null
  return `${prefixes[type]}/${encodeURIComponent(slug)}`
}

/** A month of a series' archive, « /rubriques/nomination-du-mois/2026-11 ». */
export function resolveSeriesMonthHref(
  slug: string | null | undefined,
  month: string | null | undefined,
): string | null {
  const series = resolveHref('series', slug)
  return series && month ? `${series}/${encodeURIComponent(month)}` : null
}

/** Page `page` of a paginated list at `path`: the list's own URL for page 1 (lib/pagination.ts). */
export function resolvePageHref(path: string, page: number): string {
  return [path, ...pageSegments(page)].join('/')
}

/** Absolute URL for a site path. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, `${siteUrl}/`).toString()
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * Makes an editor- or reader-supplied href safe to render: relative paths and http(s), mailto
 * and tel URLs pass; `javascript:`, `data:` and anything unparseable are refused (null).
 */
export function sanitizeHref(href: string | null | undefined): string | null {
  const value = href?.trim()
  if (!value) return null
  // Browsers drop tabs and line breaks inside URLs and read « \ » as « / »: « /\evil.example »
  // or « /<tab>/evil.example » would leave the site.
  if (/[\u0000-\u001F\u007F]/.test(value)) return null
  if (value.startsWith('/') && !/^\/[/\\]/.test(value)) return value
  if (value.startsWith('#')) return value
  try {
    const url = new URL(value)
    return SAFE_PROTOCOLS.has(url.protocol) ? url.toString() : null
  } catch {
    return null
  }
}
