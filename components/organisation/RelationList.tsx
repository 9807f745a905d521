import { resolveHref } from '@/lib/href'
import type { RelationGroup } from '@/lib/organisations'
import { formatPeriod } from '@/lib/periods'
import { frenchTypography } from '@/lib/typography'
import type { OrganisationQueryResult } from '@/sanity.types'

/** The other end of a relation, as `organisationQuery` projects it in both directions. */
export type RelatedOrganisation = NonNullable<
  NonNullable<OrganisationQueryResult>['relations']
>[number]['target']

export interface RelationListProps {
  groups: readonly RelationGroup<RelatedOrganisation>[]
}

/** « Liens avec d’autres organisations »: both directions of every relation, with periods. */
export function RelationList({ groups }: RelationListProps) {
  if (groups.length === 0) return null
  return (
    <section aria-labelledby="relations" className="mt-12" data-testid="relations">
      <h2 id="relations" className="border-b border-rule pb-2 text-2xl font-bold">
        Liens avec d’autres organisations
      </h2>
      <div className="mt-6 grid gap-8 sm:grid-cols-2">
        {groups.map((group) => (
          <section key={group.id} aria-labelledby={group.id} data-testid={group.id}>
            <h3 id={group.id} className="text-lg font-bold">
              {group.label}
            </h3>
            <ul className="mt-2 space-y-2">
              {group.items.map((item) => {
                const href = resolveHref('organisation', item.organisation.slug)
                const name = frenchTypography(item.organisation.name)
                const period = formatPeriod(item.start, item.end)
                return (
                  <li key={item.key}>
                    {href ? (
                      <a href={href} className="underline decoration-1">
                        {name}
                      </a>
                    ) : (
                      name
                    )}
                    {item.organisation.shortName &&
                    item.organisation.shortName !== item.organisation.name
                      ? ` (${item.organisation.shortName})`
                      : null}
                    {period ? <span className="block text-sm text-muted">{period}</span> : null}
                  </li>
                )
              })}
            </ul>
          </section>
        ))}
      </div>
    </section>
  )
}
