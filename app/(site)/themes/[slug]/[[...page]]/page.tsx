import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleSection } from '@/components/article/ArticleSection'
import { Breadcrumb } from '@/components/site/Breadcrumb'
import { fetchContent, fetchMetadataContent, fetchStaticParams } from '@/lib/content'
import { resolveHref } from '@/lib/href'
import { frenchTypography } from '@/lib/typography'
import { tagQuery, tagSlugsQuery } from '@/sanity/lib/queries'

export async function generateStaticParams() {
  const tags = await fetchStaticParams(tagSlugsQuery)
  return tags.map((tag) => ({ slug: tag.slug }))
}

export async function generateMetadata(props: PageProps<'/themes/[slug]'>): Promise<Metadata> {
  const { slug } = await props.params
  const tag = await fetchMetadataContent(tagQuery, { slug })
  if (!tag) return {}
  const path = resolveHref('tag', tag.slug) ?? '/'
  const description = tag.description ?? `Les articles de Kiosque sur le thème ${tag.title}.`
  const image = tag.articles[0]?.heroImage?.asset?.url
  return {
    title: tag.title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: 'website',
      title: tag.title,
      description,
      url: path,
      images: image ? [{ url: image, alt: '' }] : undefined,
    },
  }
}

export default async function TagPage(props: PageProps<'/themes/[slug]'>) {
  const { slug } = await props.params
  const tag = await fetchContent(tagQuery, { slug })
  if (!tag) notFound()

  const path = resolveHref('tag', tag.slug) ?? '/'
  const count = tag.articles.length

  return (
    <div className="mx-auto max-w-6xl px-4 pt-6 pb-16 sm:px-6" data-testid="tag">
      <Breadcrumb trail={[{ label: tag.title, href: path }]} />
      <header className="mt-8 max-w-3xl">
        <p className="text-sm font-semibold tracking-widest text-accent-ink uppercase">Thème</p>
        <h1 className="mt-2 text-3xl font-bold sm:text-5xl">{tag.title}</h1>
        {tag.description ? (
          <p className="mt-4 font-serif text-lg leading-relaxed text-muted">
            {frenchTypography(tag.description)}
          </p>
        ) : null}
      </header>
      <ArticleSection
        id="articles"
        title={count > 1 ? `${count} articles` : count === 1 ? 'Un article' : 'Articles'}
        articles={tag.articles}
        emptyText="Aucun article sur ce thème pour l’instant."
        testId="tag-articles"
      />
    </div>
  )
}
