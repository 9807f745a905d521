import type { ReactNode } from 'react'

import { SanityImage } from '@/components/SanityImage'
import { resolveHref } from '@/lib/href'
import { frenchTypography } from '@/lib/typography'
import type { PeopleIndexQueryResult } from '@/sanity.types'

export interface PersonCardProps {
  person: Pick<PeopleIndexQueryResult[number], 'name' | 'slug' | 'jobTitle' | 'portrait'>
  level?: 'h2' | 'h3'
  /** Details under the name; the job title when absent. */
  children?: ReactNode
}

/** A person in a list: small portrait, name linked to their page, title or roles. */
export function PersonCard({ person, level = 'h3', children }: PersonCardProps) {
  const Heading = level
  const href = resolveHref('person', person.slug)
  return (
    <article className="flex items-start gap-4" data-testid="person-card">
      <div className="size-16 shrink-0 overflow-hidden rounded-full bg-rule">
        {person.portrait?.asset ? (
          <SanityImage
            image={{ ...person.portrait, alt: '' }}
            sizes="4rem"
            className="size-16 object-cover"
          />
        ) : null}
      </div>
      <div>
        <Heading className="text-lg leading-snug font-bold">
          {href ? (
            <a href={href} className="hover:underline">
              {person.name}
            </a>
          ) : (
            person.name
          )}
        </Heading>
        {children ??
          (person.jobTitle ? (
            <p className="text-sm text-muted first-letter:uppercase">
              {frenchTypography(person.jobTitle)}
            </p>
          ) : null)}
      </div>
    </article>
  )
}
