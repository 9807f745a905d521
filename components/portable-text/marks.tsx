import Link from 'next/link'
import type { ReactNode } from 'react'

import { resolveHref, sanitizeHref } from '@/lib/href'

interface MentionTarget {
  slug: string | null
  name: string | null
}

/** A person mentioned in the text links to their page. */
export function PersonMention({ person, children }: { person: MentionTarget | null; children: ReactNode }) {
  const href = resolveHref('person', person?.slug)
  if (!href) return <>{children}</>
  return (
    <Link href={href} className="decoration-accent/50 hover:decoration-accent underline decoration-1">
      {children}
    </Link>
  )
}

/** An organisation mentioned in the text links to its page. */
export function OrganisationMention({
  organisation,
  children,
}: {
  organisation: MentionTarget | null
  children: ReactNode
}) {
  const href = resolveHref('organisation', organisation?.slug)
  if (!href) return <>{children}</>
  return (
    <Link href={href} className="decoration-accent/50 hover:decoration-accent underline decoration-1">
      {children}
    </Link>
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
