import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleSection } from '@/components/article/ArticleSection'
import { Breadcrumb } from '@/components/site/Breadcrumb'
import { Pagination } from '@/components/site/Pagination'
import { fetchContent, fetchMetadataContent, fetchStaticParams } from '@/lib/content'
import { resolveHref, resolvePageHref } from '@/lib/href'
import { pageCount, pageFromSegments, pageSegments, pageSlice } from '@/lib/pagination'
import { frenchTypography } from '@/lib/typography'
import { tagQuery, tagSlugsQuery } from '@/sanity/lib/queries'

/* A theme's articles, 24 per page: `/themes/<slug>`, then `/themes/<slug>/page/<n>`. */

export async function generateStaticParams() {
  const tags = await fetchStaticParams(tagSlugsQuery)
  return tags.flatMap((tag) =>
    Array.from({ length: pageCount(tag.total) }, (_, index) => ({
      slug: tag.slug,
      page: pageSegments(index + 1),
    })),
  )
}

/** The theme and its articles of that page, or null for an unknown theme or page. */
async function loadPage(
  params: PageProps<'/themes/[slug]/[[...page]]'>['params'],
  fetch: typeof fetchContent,
) {
  const { slug, page: segments } = await params
  const page = pageFromSegments(segments)
  if (page === null) return null
  const tag = await fetch(tagQuery, { slug, ...pageSlice(page) })
  if (!tag) return null
  const pages = pageCount(tag.total)
  if (page > pages) return null
  const path = resolveHref('tag', tag.slug) ?? '/'
  return { tag, page, pages, path, pagePath: resolvePageHref(path, page) }
}

export async function generateMetadata(
  props: PageProps<'/themes/[slug]/[[...page]]'>,
): Promise<Metadata> {
  const loaded = await loadPage(props.params, fetchMetadataContent)
  if (!loaded) return {}
  const { tag, page, pages, path, pagePath } = loaded
  const title = page > 1 ? `${tag.title}, page ${page}` : tag.title
  const about = tag.description ?? `Les articles de Kiosque sur le thème ${tag.title}.`
  const description = page > 1 ? `${about} Page ${page} sur ${pages}.` : about
  const image = tag.articles[0]?.heroImage?.asset?.url
  return {
    title,
    description,
    alternates: { canonical: pagePath },
    pagination: {
      previous: page > 1 ? resolvePageHref(path, page - 1) : null,
      next: page < pages ? resolvePageHref(path, page + 1) : null,
    },
    openGraph: {
      type: 'website',
      title,
      description,
      url: pagePath,
      images: image ? [{ url: image, alt: '' }] : undefined,
    },
  }
}

export default async function TagPage(props: PageProps<'/themes/[slug]/[[...page]]'>) {
  const loaded = await loadPage(props.params, fetchContent)
  if (!loaded) notFound()

  const { tag, page, pages, path, pagePath } = loaded
  const count = tag.total
  const heading = count > 1 ? `${count} articles` : count === 1 ? 'Un article' : 'Articles'

  return (
    <div className="mx-auto max-w-6xl px-4 pt-6 pb-16 sm:px-6" data-testid="tag">
      <Breadcrumb
        trail={[
          { label: tag.title, href: path },
          ...(page > 1 ? [{ label: `Page ${page}`, href: pagePath }] : []),
        ]}
      />
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
        title={pages > 1 ? `${heading}, page ${page} sur ${pages}` : heading}
        articles={tag.articles}
        emptyText="Aucun article sur ce thème pour l’instant."
        testId="tag-articles"
      />
      <Pagination path={path} page={page} pages={pages} />
    </div>
  )
}
