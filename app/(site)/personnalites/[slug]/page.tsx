import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleSection } from '@/components/article/ArticleSection'
import { JsonLd } from '@/components/JsonLd'
import { CareerTimeline } from '@/components/person/CareerTimeline'
import { PersonHeader } from '@/components/person/PersonHeader'
import { RoleList } from '@/components/person/RoleList'
import { RichText } from '@/components/portable-text/RichText'
import { Breadcrumb } from '@/components/site/Breadcrumb'
import { fetchContent, fetchMetadataContent, fetchStaticParams } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { absoluteUrl, resolveHref, sanitizeHref } from '@/lib/href'
import { personJsonLd, splitRoles } from '@/lib/people'
import { frenchTypography } from '@/lib/typography'
import { editAttribute } from '@/lib/preview/edit'
import { personQuery, personSlugsQuery } from '@/sanity/lib/queries'

export async function generateStaticParams() {
  const people = await fetchStaticParams(personSlugsQuery)
  return people.map((person) => ({ slug: person.slug }))
}

export async function generateMetadata(
  props: PageProps<'/personnalites/[slug]'>,
): Promise<Metadata> {
  const { slug } = await props.params
  const person = await fetchMetadataContent(personQuery, { slug })
  if (!person) return {}
  const path = resolveHref('person', person.slug) ?? '/personnalites'
  const description = person.jobTitle
    ? `${person.name}, ${frenchTypography(person.jobTitle)} : biographie, fonctions et entretiens.`
    : `${person.name} : biographie, fonctions et entretiens.`
  const image = person.portrait?.asset?.url
  return {
    title: person.name,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: 'profile',
      title: person.name,
      description,
      url: path,
      firstName: person.givenName,
      lastName: person.familyName,
      images: image ? [{ url: image, alt: person.portrait?.alt ?? person.name }] : undefined,
    },
  }
}

export default async function PersonPage(props: PageProps<'/personnalites/[slug]'>) {
  const { slug } = await props.params
  const person = await fetchContent(personQuery, { slug })
  if (!person) notFound()

  const siteUrl = getEnv().siteUrl
  const path = resolveHref('person', person.slug) ?? '/personnalites'
  const authorHref = person.isJournalist ? resolveHref('author', person.slug) : null
  const roles = splitRoles(person.roles ?? [])
  const links = (person.links ?? []).flatMap((link) => {
    const href = sanitizeHref(link.url)
    return href ? [{ ...link, href }] : []
  })
  const biography = person.biography ?? []
  const career = person.career ?? []

  const editDocument = await editAttribute(person)
  return (
    <div
      className="mx-auto max-w-5xl px-4 pt-6 pb-16 sm:px-6"
      data-testid="person"
      data-sanity={editDocument}
    >
      <JsonLd
        data={personJsonLd(siteUrl, path, person, {
          sameAs: links.filter((link) => /^https?:/.test(link.href)).map((link) => link.href),
          worksFor: roles.current.map((role) => ({
            '@type': 'Organization',
            name: role.organisation.name,
            url: absoluteUrl(siteUrl, resolveHref('organisation', role.organisation.slug) ?? '/'),
          })),
        })}
      />
      <Breadcrumb
        trail={[
          { label: 'Personnalités', href: '/personnalites' },
          { label: person.name, href: path },
        ]}
      />
      <PersonHeader name={person.name} jobTitle={person.jobTitle} portrait={person.portrait}>
        {authorHref ? (
          <p className="mt-3" data-testid="journalist-note">
            Membre de la rédaction de Kiosque.{' '}
            <a href={authorHref} className="text-accent-ink underline">
              Lire ses articles
            </a>
          </p>
        ) : null}
      </PersonHeader>

      <div className="mt-12 grid gap-12 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="max-w-2xl space-y-12">
          {biography.length > 0 ? (
            <section aria-labelledby="biographie">
              <h2 id="biographie" className="text-2xl font-bold">
                Biographie
              </h2>
              <RichText
                value={biography}
                className="mt-4 space-y-4 font-serif text-lg leading-relaxed"
              />
            </section>
          ) : null}
          {career.length > 0 ? (
            <section aria-labelledby="parcours">
              <h2 id="parcours" className="text-2xl font-bold">
                Parcours
              </h2>
              <div className="mt-4">
                <CareerTimeline career={career} />
              </div>
            </section>
          ) : null}
        </div>

        <div className="space-y-10">
          {roles.current.length > 0 ? (
            <section aria-labelledby="fonctions-actuelles" data-testid="current-roles">
              <h2
                id="fonctions-actuelles"
                className="mb-4 border-b border-rule pb-2 text-xl font-bold"
              >
                Fonctions actuelles
              </h2>
              <RoleList roles={roles.current} />
            </section>
          ) : null}
          {roles.past.length > 0 ? (
            <section aria-labelledby="fonctions-passees" data-testid="past-roles">
              <h2
                id="fonctions-passees"
                className="mb-4 border-b border-rule pb-2 text-xl font-bold"
              >
                Fonctions passées
              </h2>
              <RoleList roles={roles.past} />
            </section>
          ) : null}
          {links.length > 0 ? (
            <section aria-labelledby="liens">
              <h2 id="liens" className="mb-4 border-b border-rule pb-2 text-xl font-bold">
                Liens
              </h2>
              <ul className="space-y-2">
                {links.map((link) => (
                  <li key={link._key}>
                    <a
                      href={link.href}
                      className="text-accent-ink underline"
                      rel="noopener noreferrer"
                    >
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>

      <ArticleSection
        id="entretiens"
        title="Entretiens"
        articles={person.interviews}
        testId="interviews"
      />
      <ArticleSection
        id="cite-dans"
        title="Cité dans"
        articles={person.mentions}
        testId="mentions"
      />
    </div>
  )
}
