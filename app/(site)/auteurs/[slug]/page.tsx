import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleSection } from '@/components/article/ArticleSection'
import { JsonLd } from '@/components/JsonLd'
import { PersonHeader } from '@/components/person/PersonHeader'
import { RichText } from '@/components/portable-text/RichText'
import { Breadcrumb } from '@/components/site/Breadcrumb'
import { fetchContent, fetchMetadataContent, fetchStaticParams } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { resolveHref } from '@/lib/href'
import { personJsonLd } from '@/lib/people'
import { authorSlugsQuery, personQuery } from '@/sanity/lib/queries'

export async function generateStaticParams() {
  const authors = await fetchStaticParams(authorSlugsQuery)
  return authors.map((author) => ({ slug: author.slug }))
}

/** The journalist with that slug; anyone else has no author page. */
async function loadAuthor(slug: string, fetch: typeof fetchContent) {
  const person = await fetch(personQuery, { slug })
  return person?.isJournalist ? person : null
}

export async function generateMetadata(props: PageProps<'/auteurs/[slug]'>): Promise<Metadata> {
  const { slug } = await props.params
  const author = await loadAuthor(slug, fetchMetadataContent)
  if (!author) return {}
  const path = resolveHref('author', author.slug) ?? '/'
  const description = `Les articles de ${author.name}${author.jobTitle ? `, ${author.jobTitle}` : ''}.`
  const image = author.portrait?.asset?.url
  return {
    title: `Articles de ${author.name}`,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: 'profile',
      title: author.name,
      description,
      url: path,
      firstName: author.givenName,
      lastName: author.familyName,
      images: image ? [{ url: image, alt: author.portrait?.alt ?? author.name }] : undefined,
    },
  }
}

export default async function AuthorPage(props: PageProps<'/auteurs/[slug]'>) {
  const { slug } = await props.params
  const author = await loadAuthor(slug, fetchContent)
  if (!author) notFound()

  const siteUrl = getEnv().siteUrl
  const path = resolveHref('author', author.slug) ?? '/'
  const personHref = resolveHref('person', author.slug)

  return (
    <div className="mx-auto max-w-6xl px-4 pt-6 pb-16 sm:px-6" data-testid="author">
      <JsonLd
        data={personJsonLd(siteUrl, path, author, {
          worksFor: { '@type': 'NewsMediaOrganization', name: 'Kiosque', url: siteUrl },
        })}
      />
      <Breadcrumb trail={[{ label: author.name, href: path }]} />
      <PersonHeader name={author.name} jobTitle={author.jobTitle} portrait={author.portrait}>
        {personHref ? (
          <p className="mt-3">
            <a href={personHref} className="text-accent-ink underline">
              Voir sa fiche
            </a>
          </p>
        ) : null}
      </PersonHeader>
      {(author.biography ?? []).length > 0 ? (
        <RichText
          value={author.biography ?? []}
          className="mt-8 max-w-2xl space-y-4 font-serif text-lg leading-relaxed"
        />
      ) : null}
      <ArticleSection
        id="ses-articles"
        title="Ses articles"
        articles={author.written}
        emptyText="Aucun article publié pour l’instant."
        testId="author-articles"
      />
    </div>
  )
}
