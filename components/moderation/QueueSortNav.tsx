import Link from 'next/link'

import { filtersToSearch, queueSort, queueSorts, type QueueFilters } from '@/lib/moderation'

export interface QueueSortNavProps {
  filters: QueueFilters
}

/** The order of the list, as links (each order has its own URL, no JavaScript needed). */
export function QueueSortNav({ filters }: QueueSortNavProps) {
  const current = queueSort(filters)
  return (
    <nav aria-label="Trier la file" className="text-sm">
      <ul className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <li aria-hidden="true" className="font-medium">
          Trier :
        </li>
        {queueSorts.map((sort) => (
          <li key={sort.slug}>
            <Link
              href={`/moderation?${filtersToSearch({ ...filters, tri: sort.slug })}`}
              aria-current={sort.slug === current ? 'true' : undefined}
              className={
                sort.slug === current ? 'font-semibold no-underline' : 'text-accent-ink underline'
              }
            >
              {sort.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
