import { SanityImage } from '@/components/SanityImage'
import { sanitizeHref } from '@/lib/href'
import { labelOf, organisationKinds } from '@/sanity/schemaTypes/lists'
import type { OrganisationQueryResult } from '@/sanity.types'

export interface OrganisationHeaderProps {
  organisation: Pick<
    NonNullable<OrganisationQueryResult>,
    'name' | 'shortName' | 'kind' | 'logo' | 'city' | 'founded' | 'website'
  >
}

/** Logo, name (the page's h1), kind and the organisation's identity card. */
export function OrganisationHeader({ organisation }: OrganisationHeaderProps) {
  const { name, shortName, kind, logo, city, founded } = organisation
  const website = sanitizeHref(organisation.website)
  const facts = [
    city ? { term: 'Siège', detail: city } : null,
    founded ? { term: 'Création', detail: String(founded) } : null,
  ].filter((fact) => fact !== null)
  return (
    <header className="mt-8 flex flex-col gap-6 sm:flex-row sm:items-start">
      {logo?.asset ? (
        <SanityImage
          image={{ ...logo, alt: logo.alt || `Logo de ${name}` }}
          priority
          sizes="8rem"
          className="size-24 shrink-0 border border-rule bg-white object-contain p-2 sm:size-32"
        />
      ) : null}
      <div>
        {kind ? (
          <p
            className="text-sm font-semibold tracking-widest text-accent-ink uppercase"
            data-testid="kind"
          >
            {labelOf(organisationKinds, kind)}
          </p>
        ) : null}
        <h1 className="mt-2 text-3xl leading-tight font-bold sm:text-5xl">
          {name}
          {shortName && shortName !== name ? (
            <span className="font-normal text-muted"> ({shortName})</span>
          ) : null}
        </h1>
        {facts.length > 0 || website ? (
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {facts.map((fact) => (
              <div key={fact.term} className="contents">
                <dt className="text-muted">{fact.term}</dt>
                <dd>{fact.detail}</dd>
              </div>
            ))}
            {website ? (
              <div className="contents">
                <dt className="text-muted">Site</dt>
                <dd>
                  <a
                    href={website}
                    className="break-all text-accent-ink underline"
                    rel="noopener noreferrer"
                  >
                    {website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                  </a>
                </dd>
              </div>
            ) : null}
          </dl>
        ) : null}
      </div>
    </header>
  )
}
