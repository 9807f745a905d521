import Link from 'next/link'

import { resolvePageHref } from '@/lib/href'

export interface PaginationProps {
  /** URL of the list's first page. */
  path: string
  page: number
  pages: number
}

/** « Page précédente » / « Page suivante » between the pages of a list, with its position. */
export function Pagination({ path, page, pages }: PaginationProps) {
  if (pages <= 1) return null
  return (
    <nav
      aria-label="Pagination"
      className="mt-14 border-t border-rule pt-6"
      data-print="hide"
      data-testid="pagination"
    >
      <ul className="flex flex-wrap items-center justify-between gap-4">
        <li className="min-w-40">
          {page > 1 ? (
            <Link href={resolvePageHref(path, page - 1)} rel="prev" className="hover:underline">
              ← Page précédente
            </Link>
          ) : null}
        </li>
        <li className="text-sm text-muted">
          Page {page} sur {pages}
        </li>
        <li className="min-w-40 text-right">
          {page < pages ? (
            <Link href={resolvePageHref(path, page + 1)} rel="next" className="hover:underline">
              Page suivante →
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  )
}
