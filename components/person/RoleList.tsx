import { resolveHref } from '@/lib/href'
import { formatPeriod } from '@/lib/periods'
import { frenchTypography } from '@/lib/typography'
import type { PersonQueryResult } from '@/sanity.types'

/** A role as `personQuery` projects it: a title at an organisation, over a period. */
export type PersonRole = NonNullable<NonNullable<PersonQueryResult>['roles']>[number]

export interface RoleListProps {
  roles: readonly PersonRole[]
}

/** Titles held, each with its organisation linked and its period in French. */
export function RoleList({ roles }: RoleListProps) {
  return (
    <ul className="space-y-4">
      {roles.map((role) => {
        const href = resolveHref('organisation', role.organisation.slug)
        const period = formatPeriod(role.start, role.end)
        return (
          <li key={role._key} data-testid="role">
            <p className="font-semibold">{frenchTypography(role.title)}</p>
            <p>
              {href ? (
                <a href={href} className="underline decoration-1">
                  {frenchTypography(role.organisation.name)}
                </a>
              ) : (
                frenchTypography(role.organisation.name)
              )}
            </p>
            {period ? <p className="text-sm text-muted first-letter:uppercase">{period}</p> : null}
          </li>
        )
      })}
    </ul>
  )
}
