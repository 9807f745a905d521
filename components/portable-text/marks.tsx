import type { InferStrictComponents } from '@portabletext/react'
import type { ReactNode } from 'react'

import { resolveHref, sanitizeHref } from '@/lib/href'
import type { PersonQueryResult } from '@/sanity.types'

/** A `simpleBlockContent` value as queried (its mention marks resolved by `markDefsFields`). */
export type SimpleBlockContent = NonNullable<NonNullable<PersonQueryResult>['biography']>

interface MentionTarget {
  slug: string | null
  name: string | null
}

/** A person or organisation named in the text links to its page, or stays plain text. */
function MentionLink({
  type,
  target,
  children,
}: {
  type: 'person' | 'organisation'
  target: MentionTarget | null
  children: ReactNode
}) {
  const href = resolveHref(type, target?.slug)
  if (!href) return <>{children}</>
  return (
    <a href={href} className="underline decoration-accent/50 decoration-1 hover:decoration-accent">
      {children}
    </a>
  )
}

/** A person mentioned in the text links to their page. */
export function PersonMention(props: { person: MentionTarget | null; children: ReactNode }) {
  return (
    <MentionLink type="person" target={props.person}>
      {props.children}
    </MentionLink>
  )
}

/** An organisation mentioned in the text links to its page. */
export function OrganisationMention(props: {
  organisation: MentionTarget | null
  children: ReactNode
}) {
  return (
    <MentionLink type="organisation" target={props.organisation}>
      {props.children}
    </MentionLink>
  )
}

/** An editor's link; unsafe schemes render as plain text. */
export function ExternalLink({ href, children }: { href: string | null; children: ReactNode }) {
  const safe = sanitizeHref(href)
  if (!safe) return <>{children}</>
  const external = /^https?:/.test(safe)
  return (
    <a
      href={safe}
      className="text-accent-ink underline decoration-1"
      {...(external ? { rel: 'noopener noreferrer' } : {})}
    >
      {children}
    </a>
  )
}

/**
 * Renderers for every annotation of the schema, shared by all Portable Text values: a new
 * annotation fails type-checking here until it is rendered.
 */
export const markComponents = {
  personMention: ({ value, children }) => (
    <PersonMention person={value?.person ?? null}>{children}</PersonMention>
  ),
  organisationMention: ({ value, children }) => (
    <OrganisationMention organisation={value?.organisation ?? null}>{children}</OrganisationMention>
  ),
  link: ({ value, children }) => <ExternalLink href={value?.href ?? null}>{children}</ExternalLink>,
} satisfies InferStrictComponents<SimpleBlockContent>['marks']
