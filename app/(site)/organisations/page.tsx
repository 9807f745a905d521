import type { Metadata } from 'next'

import { SanityImage } from '@/components/SanityImage'
import { Breadcrumb } from '@/components/site/Breadcrumb'
import { fetchContent } from '@/lib/content'
import { resolveHref } from '@/lib/href'
import { groupByKind } from '@/lib/organisations'
import { organisationsIndexQuery } from '@/sanity/lib/queries'

const description =
  'Fédérations, syndicats, associations, entreprises et organismes publics suivis par Kiosque, classés par type.'

export const metadata: Metadata = {
  title: 'Organisations',
  description,
  alternates: { canonical: '/organisations' },
  openGraph: { type: 'website', title: 'Organisations', description, url: '/organisations' },
}

export default async function OrganisationsIndexPage() {
  const organisations = await fetchContent(organisationsIndexQuery)
  const groups = groupByKind(organisations)

  return (
    <div className="mx-auto max-w-5xl px-4 pt-6 pb-16 sm:px-6" data-testid="organisations-index">
      <Breadcrumb trail={[{ label: 'Organisations', href: '/organisations' }]} />
      <h1 className="mt-8 text-3xl font-bold sm:text-5xl">Organisations</h1>
      <p className="mt-4 max-w-2xl font-serif text-lg text-muted">{description}</p>
      {groups.length > 1 ? (
        <nav aria-label="Types d’organisations" className="mt-8">
          <ul className="flex flex-wrap gap-2 text-sm">
            {groups.map((group) => (
              <li key={group.kind}>
                <a
                  href={`#${group.kind}`}
                  className="inline-block rounded-full border border-rule px-3 py-1 hover:border-accent"
                >
                  {group.heading} ({group.organisations.length})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.length === 0 ? <p className="mt-10">Aucune organisation pour l’instant.</p> : null}
      {groups.map((group) => (
        <section
          key={group.kind}
          aria-labelledby={group.kind}
          className="mt-12"
          data-testid={`kind-${group.kind}`}
        >
          <h2 id={group.kind} className="scroll-mt-4 border-b border-rule pb-2 text-2xl font-bold">
            {group.heading}
          </h2>
          <ul className="mt-6 grid gap-6 sm:grid-cols-2">
            {group.organisations.map((organisation) => {
              const href = resolveHref('organisation', organisation.slug)
              return (
                <li key={organisation._id} className="flex items-center gap-4">
                  <div className="size-14 shrink-0 border border-rule bg-white p-1">
                    {organisation.logo?.asset ? (
                      <SanityImage
                        image={{ ...organisation.logo, alt: '' }}
                        sizes="3.5rem"
                        className="size-full object-contain"
                      />
                    ) : null}
                  </div>
                  <div>
                    <h3 className="text-lg leading-snug font-bold">
                      {href ? (
                        <a href={href} className="hover:underline">
                          {organisation.name}
                        </a>
                      ) : (
                        organisation.name
                      )}
                      {organisation.shortName && organisation.shortName !== organisation.name ? (
                        <span className="font-normal text-muted"> ({organisation.shortName})</span>
                      ) : null}
                    </h3>
                    {organisation.city ? (
                      <p className="text-sm text-muted">{organisation.city}</p>
                    ) : null}
                  </div>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </div>
  )
}
