import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleSection } from '@/components/article/ArticleSection'
import { JsonLd } from '@/components/JsonLd'
import { KeyFigures } from '@/components/organisation/KeyFigures'
import { OrganisationHeader } from '@/components/organisation/OrganisationHeader'
import { OrganisationPeople } from '@/components/organisation/OrganisationPeople'
import { RelationList } from '@/components/organisation/RelationList'
import { RichText } from '@/components/portable-text/RichText'
import { Breadcrumb } from '@/components/site/Breadcrumb'
import { fetchContent, fetchMetadataContent, fetchStaticParams } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { absoluteUrl, resolveHref, sanitizeHref } from '@/lib/href'
import { relationGroups } from '@/lib/organisations'
import { plainTextOf } from '@/lib/plain-text'
import { editAttribute } from '@/lib/preview/edit'
import { organisationQuery, organisationSlugsQuery } from '@/sanity/lib/queries'

export async function generateStaticParams() {
  const organisations = await fetchStaticParams(organisationSlugsQuery)
  return organisations.map((organisation) => ({ slug: organisation.slug }))
}

export async function generateMetadata(
  props: PageProps<'/organisations/[slug]'>,
): Promise<Metadata> {
  const { slug } = await props.params
  const organisation = await fetchMetadataContent(organisationQuery, { slug })
  if (!organisation) return {}
  const path = resolveHref('organisation', organisation.slug) ?? '/organisations'
  const summary = plainTextOf(organisation.description ?? []).trim()
  const description =
    summary.length > 0
      ? summary.length > 160
        ? `${summary.slice(0, 157).replace(/\s+\S*$/, '')}…`
        : summary
      : `${organisation.name} : présentation, chiffres clés, dirigeants et articles.`
  const image = organisation.logo?.asset?.url
  return {
    title: organisation.name,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: 'website',
      title: organisation.name,
      description,
      url: path,
      images: image
        ? [{ url: image, alt: organisation.logo?.alt ?? organisation.name }]
        : undefined,
    },
  }
}

export default async function OrganisationPage(props: PageProps<'/organisations/[slug]'>) {
  const { slug } = await props.params
  const organisation = await fetchContent(organisationQuery, { slug })
  if (!organisation) notFound()

  const siteUrl = getEnv().siteUrl
  const path = resolveHref('organisation', organisation.slug) ?? '/organisations'
  const groups = relationGroups(organisation.relations ?? [], organisation.inverseRelations)
  const description = organisation.description ?? []
  const website = sanitizeHref(organisation.website)
  const organisationRef = (target: { name: string; slug: string }) => ({
    '@type': 'Organization',
    name: target.name,
    url: absoluteUrl(siteUrl, resolveHref('organisation', target.slug) ?? '/'),
  })

  const editDocument = await editAttribute(organisation)
  return (
    <div
      className="mx-auto max-w-5xl px-4 pt-6 pb-16 sm:px-6"
      data-testid="organisation"
      data-sanity={editDocument}
    >
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Organization',
          name: organisation.name,
          alternateName: organisation.shortName ?? undefined,
          url: absoluteUrl(siteUrl, path),
          sameAs: website && /^https?:/.test(website) ? [website] : undefined,
          logo: organisation.logo?.asset?.url
            ? absoluteUrl(siteUrl, organisation.logo.asset.url)
            : undefined,
          foundingDate: organisation.founded ? String(organisation.founded) : undefined,
          address: organisation.city
            ? { '@type': 'PostalAddress', addressLocality: organisation.city, addressCountry: 'FR' }
            : undefined,
          description: plainTextOf(description).trim() || undefined,
          memberOf: (organisation.relations ?? [])
            .filter((relation) => relation.kind === 'memberOf' && !relation.end)
            .map((relation) => organisationRef(relation.target)),
          parentOrganization: (organisation.relations ?? [])
            .filter((relation) => relation.kind === 'subsidiaryOf' && !relation.end)
            .map((relation) => organisationRef(relation.target)),
        }}
      />
      <Breadcrumb
        trail={[
          { label: 'Organisations', href: '/organisations' },
          { label: organisation.name, href: path },
        ]}
      />
      <OrganisationHeader organisation={organisation} />
      {description.length > 0 ? (
        <section aria-labelledby="presentation" className="mt-12 max-w-2xl">
          <h2 id="presentation" className="text-2xl font-bold">
            Présentation
          </h2>
          <RichText
            value={description}
            className="mt-4 space-y-4 font-serif text-lg leading-relaxed"
          />
        </section>
      ) : null}
      <KeyFigures figures={organisation.figures ?? []} />
      <RelationList groups={groups} />
      <OrganisationPeople people={organisation.people} />
      <ArticleSection
        id="articles"
        title="Dans nos articles"
        articles={organisation.articles}
        testId="organisation-articles"
      />
    </div>
  )
}
