import { PersonCard } from '@/components/person/PersonCard'
import { splitRoles } from '@/lib/people'
import { formatPeriod } from '@/lib/periods'
import { frenchTypography } from '@/lib/typography'
import type { OrganisationQueryResult } from '@/sanity.types'

type Member = NonNullable<OrganisationQueryResult>['people'][number]

export interface OrganisationPeopleProps {
  people: readonly Member[]
}

/** « Personnalités »: who holds or held a title there; people in office first. */
export function OrganisationPeople({ people }: OrganisationPeopleProps) {
  if (people.length === 0) return null
  const ordered = people
    .map((person) => ({ person, roles: splitRoles(person.roles ?? []) }))
    .sort((a, b) => Number(b.roles.current.length > 0) - Number(a.roles.current.length > 0))
  return (
    <section aria-labelledby="personnalites" className="mt-12" data-testid="organisation-people">
      <h2 id="personnalites" className="border-b border-rule pb-2 text-2xl font-bold">
        Personnalités
      </h2>
      <ul className="mt-6 grid gap-8 sm:grid-cols-2">
        {ordered.map(({ person, roles }) => (
          <li key={person._id}>
            <PersonCard person={person}>
              <ul className="mt-1 space-y-1 text-sm">
                {[...roles.current, ...roles.past].map((role) => (
                  <li key={role._key}>
                    <span className="font-semibold">{frenchTypography(role.title)}</span>
                    {formatPeriod(role.start, role.end) ? (
                      <span className="text-muted">, {formatPeriod(role.start, role.end)}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </PersonCard>
          </li>
        ))}
      </ul>
    </section>
  )
}
