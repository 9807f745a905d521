import Link from 'next/link'

import { resolveHref } from '@/lib/href'
import { frenchTypography } from '@/lib/typography'

const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
]

export interface CareerEntry {
  _key: string
  year: number | null
  month: number | null
  text: string | null
  organisation: { _id: string; name: string | null; slug: string | null } | null
}

export interface BiographyBoxProps {
  name: string
  slug: string | null
  career: CareerEntry[]
}

/** « Biographie »: the interviewee's dated career, oldest first, built from the person document. */
export function BiographyBox({ name, slug, career }: BiographyBoxProps) {
  const entries = [...career]
    .filter((entry) => entry.year && entry.text)
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.month ?? 0) - (b.month ?? 0))
  if (entries.length === 0) return null
  const personHref = resolveHref('person', slug)
  return (
    <aside
      aria-labelledby="biographie"
      className="border-rule bg-ink/[0.03] mx-auto mt-12 max-w-2xl border p-6"
    >
      <h2 id="biographie" className="text-xl font-bold">
        Biographie
      </h2>
      <p className="text-muted mt-1 text-sm">
        {personHref ? (
          <Link href={personHref} className="underline">
            {name}
          </Link>
        ) : (
          name
        )}
      </p>
      <ol className="mt-4 space-y-2">
        {entries.map((entry) => {
          return (
            <li key={entry._key} className="grid grid-cols-[6.5rem_1fr] gap-3">
              <span className="font-semibold tabular-nums">
                {entry.month ? `${MONTHS[entry.month - 1] ?? ''} ` : ''}
                {entry.year}
              </span>
              <span>
                <CareerText
                  text={frenchTypography(entry.text ?? '')}
                  name={entry.organisation?.name ? frenchTypography(entry.organisation.name) : null}
                  href={resolveHref('organisation', entry.organisation?.slug)}
                />
              </span>
            </li>
          )
        })}
      </ol>
    </aside>
  )
}

/** Links the organisation where the text names it, or after the text when it does not. */
function CareerText({ text, name, href }: { text: string; name: string | null; href: string | null }) {
  if (!name || !href) return <>{text}</>
  const at = text.indexOf(name)
  const link = (
    <Link href={href} className="underline">
      {name}
    </Link>
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
