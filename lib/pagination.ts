/*
 * Paginated lists (theme pages): page 1 at the list's own URL, page n ≥ 2 at `<url>/page/n`.
 * A page is a constant slice of the query's order, so the lake answers it without sorting the
 * whole list (see lib/lake/ordered-refs.ts).
 */

/** Article cards per page: a multiple of the 2- and 3-column grids. */
export const PAGE_SIZE = 24

/** Pages needed for `total` items; an empty list still has its first page. */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE))
}

/** `$start`/`$end` of page `page` (1-based), for a `[$start...$end]` slice. */
export function pageSlice(page: number): { start: number; end: number } {
  return { start: (page - 1) * PAGE_SIZE, end: page * PAGE_SIZE }
}

/** The catch-all segments after the list's URL for page `page`: none for page 1. */
export function pageSegments(page: number): string[] {
  return page === 1 ? [] : ['page', String(page)]
}

/**
 * The page that catch-all segments name: none is page 1, `page/n` is n when n ≥ 2 is written
 * without sign or leading zero; anything else (`page/1`, `page/02`, `x`) is null, so one page
 * has one URL.
 */
export function pageFromSegments(segments: readonly string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1
  const [word, number, ...rest] = segments
  if (word !== 'page' || rest.length > 0 || !number || !/^[1-9]\d{0,5}$/.test(number)) return null
  const page = Number(number)
  return page >= 2 ? page : null
}
