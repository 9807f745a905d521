import { resolveHref } from '@/lib/href'

export interface OrganisationsCitedProps {
  organisations: {
    _id: string
    name: string | null
    shortName: string | null
    slug: string | null
  }[]
}

/** « Organisations citées »: every organisation the article names, linked to its page. */
export function OrganisationsCited({ organisations }: OrganisationsCitedProps) {
  if (organisations.length === 0) return null
  return (
    <section aria-labelledby="organisations-citees" className="mx-auto mt-10 max-w-2xl">
      <h2 id="organisations-citees" className="text-xl font-bold">
        Organisations citées
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {organisations.map((organisation) => {
          const href = resolveHref('organisation', organisation.slug)
          if (!href || !organisation.name) return null
          return (
            <li key={organisation._id}>
              <a
                href={href}
                className="inline-block rounded-full border border-rule px-3 py-1 text-sm hover:border-accent"
              >
                {organisation.name}
                {organisation.shortName && organisation.shortName !== organisation.name
                  ? ` (${organisation.shortName})`
                  : ''}
              </a>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
