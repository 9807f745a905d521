import { resolveHref } from '@/lib/href'
import { frenchTypography } from '@/lib/typography'
import type { PersonQueryResult } from '@/sanity.types'
import { FRENCH_MONTHS } from '@/lib/dates'

/** A dated step of a career, as `personQuery` and `articleQuery` project it. */
export type CareerEntry = NonNullable<NonNullable<PersonQueryResult>['career']>[number]

export interface CareerTimelineProps {
  career: readonly CareerEntry[]
}

/** Oldest first; entries without a year or a text are drafts and stay hidden. */
export function careerEntries(career: readonly CareerEntry[]): CareerEntry[] {
  return [...career]
    .filter((entry) => entry.year && entry.text)
    .sort((a, b) => a.year - b.year || (a.month ?? 0) - (b.month ?? 0))
}

/** A person's dated career, the organisations it names linked to their pages. */
export function CareerTimeline({ career }: CareerTimelineProps) {
  const entries = careerEntries(career)
  if (entries.length === 0) return null
  return (
    <ol className="space-y-2" data-testid="career">
      {entries.map((entry) => (
        <li key={entry._key} className="grid grid-cols-[6.5rem_1fr] gap-3">
          <span className="font-semibold tabular-nums">
            {entry.month ? `${FRENCH_MONTHS[entry.month - 1] ?? ''} ` : ''}
            {entry.year}
          </span>
          <span>
            <CareerText
              text={frenchTypography(entry.text)}
              name={entry.organisation?.name ? frenchTypography(entry.organisation.name) : null}
              href={resolveHref('organisation', entry.organisation?.slug)}
            />
          </span>
        </li>
      ))}
    </ol>
  )
}

/** Links the organisation where the text names it, or after the text when it does not. */
function CareerText({
  text,
  name,
  href,
}: {
  text: string
  name: string | null
  href: string | null
}) {
  if (!name || !href) return <>{text}</>
  const at = text.indexOf(name)
  const link = (
    <a href={href} className="underline">
      {name}
    </a>
  )
  if (at === -1) {
    return (
      <>
        {text} ({link})
      </>
    )
  }
  return (
    <>
      {text.slice(0, at)}
      {link}
      {text.slice(at + name.length)}
    </>
  )
}
