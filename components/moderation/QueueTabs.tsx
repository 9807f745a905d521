import Link from 'next/link'

import { filtersToSearch, queueTabs, type Queue, type QueueFilters } from '@/lib/moderation'

export interface QueueTabsProps {
  filters: QueueFilters
  counts: Queue['counts']
}

/** One tab per status, with its count under the current filters. */
export function QueueTabs({ filters, counts }: QueueTabsProps) {
  return (
    <nav aria-label="Statut des commentaires" className="mt-6 border-b border-rule">
      <ul className="flex flex-wrap gap-1">
        {queueTabs.map((tab) => {
          const current = tab.slug === filters.statut
          return (
            <li key={tab.slug}>
              <Link
                href={`/moderation?${filtersToSearch({ ...filters, statut: tab.slug })}`}
                aria-current={current ? 'page' : undefined}
                className={`inline-block rounded-t px-3 py-2 no-underline ${
                  current ? 'bg-ink font-semibold text-paper' : 'hover:bg-rule/40'
                }`}
              >
                {tab.label} <span data-testid={`count-${tab.status}`}>({counts[tab.status]})</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
