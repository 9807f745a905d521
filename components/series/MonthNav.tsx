import { formatMonthKey, type MonthKey } from '@/lib/archive'
import { resolveSeriesMonthHref } from '@/lib/href'

export interface MonthNavProps {
  seriesSlug: string
  previous: MonthKey | null
  next: MonthKey | null
}

/** « Mois précédent » / « Mois suivant »: the nearest months of the series that have articles. */
export function MonthNav({ seriesSlug, previous, next }: MonthNavProps) {
  const previousHref = resolveSeriesMonthHref(seriesSlug, previous)
  const nextHref = resolveSeriesMonthHref(seriesSlug, next)
  if (!previousHref && !nextHref) return null
  return (
    <nav
      aria-label="Mois d’archives"
      className="mt-14 border-t border-rule pt-6"
      data-testid="month-nav"
    >
      <ul className="flex flex-wrap justify-between gap-4">
        <li>
          {previous && previousHref ? (
            <a href={previousHref} rel="prev" className="group inline-flex flex-col">
              <span className="text-sm text-muted">← Mois précédent</span>
              <span className="font-serif text-lg font-bold group-hover:underline">
                {formatMonthKey(previous)}
              </span>
            </a>
          ) : null}
        </li>
        <li className="text-right">
          {next && nextHref ? (
            <a href={nextHref} rel="next" className="group inline-flex flex-col items-end">
              <span className="text-sm text-muted">Mois suivant →</span>
              <span className="font-serif text-lg font-bold group-hover:underline">
                {formatMonthKey(next)}
              </span>
            </a>
          ) : null}
        </li>
      </ul>
    </nav>
  )
}
