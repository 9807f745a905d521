import { formatPartialDate } from '@/lib/dates'
import { formatFigureValue } from '@/lib/organisations'
import { frenchTypography } from '@/lib/typography'
import type { OrganisationQueryResult } from '@/sanity.types'

type Figure = NonNullable<NonNullable<OrganisationQueryResult>['figures']>[number]

export interface KeyFiguresProps {
  figures: readonly Figure[]
}

/** « Chiffres clés »: each figure read as a phrase, « 2 430 entreprises adhérentes au 30 juin 2026 ». */
export function KeyFigures({ figures }: KeyFiguresProps) {
  if (figures.length === 0) return null
  return (
    <section aria-labelledby="chiffres-cles" className="mt-12">
      <h2 id="chiffres-cles" className="border-b border-rule pb-2 text-2xl font-bold">
        Chiffres clés
      </h2>
      <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {figures.map((figure) => (
          <li key={figure._key} className="border-l-4 border-accent pl-4" data-testid="figure">
            <p>
              <span className="block font-serif text-3xl font-bold tabular-nums">
                {formatFigureValue(figure.value, figure.unit)}
              </span>{' '}
              <span>{frenchTypography(figure.label)}</span>
              {figure.asOf ? (
                <span className="block text-sm text-muted">
                  au {formatPartialDate(figure.asOf)}
                </span>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
