import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleBreadcrumb } from '@/components/article/ArticleBreadcrumb'
import { ArticleCard } from '@/components/article/ArticleCard'
import { CommentSection } from '@/components/comments/CommentSection'
import { SelectionQuote } from '@/components/comments/SelectionQuote'
import { ArticleHeader } from '@/components/article/ArticleHeader'
import { BiographyBox } from '@/components/article/BiographyBox'
import { ShareLinks } from '@/components/article/ShareLinks'
import { OrganisationsCited } from '@/components/article/OrganisationsCited'
import { JsonLd } from '@/components/JsonLd'
import { ArticleBody } from '@/components/portable-text/ArticleBody'
import { getApprovedComments, passageIndex } from '@/lib/comments'
import { commentPostPath, followPostPath } from '@/lib/comments/nojs'
import { fetchContent, fetchMetadataContent, fetchStaticParams } from '@/lib/content'
import { countWords, readingMinutes } from '@/lib/dates'
import { getEnv } from '@/lib/env'
import { siteFeedTypes } from '@/lib/feed'
import { absoluteUrl, resolveHref } from '@/lib/href'
import { plainTextOf } from '@/lib/plain-text'
import { editAttribute } from '@/lib/preview/edit'
import { typeset } from '@/lib/typeset'
import { frenchTypography } from '@/lib/typography'
import { articleQuery, articleSlugsQuery } from '@/sanity/lib/queries'

export async function generateStaticParams() {
  const articles = await fetchStaticParams(articleSlugsQuery)
  return articles.flatMap((article) => (article.slug ? [{ slug: article.slug }] : []))
}

export async function generateMetadata(props: PageProps<'/articles/[slug]'>): Promise<Metadata> {
  const { slug } = await props.params
  const article = await fetchMetadataContent(articleQuery, { slug })
  if (!article) return {}
  const path = resolveHref('article', article.slug) ?? '/'
  const title = article.seo?.title ?? article.headline ?? undefined
  const description = article.seo?.description ?? article.standfirst ?? undefined
  // Without an image chosen for sharing, the generated opengraph-image of this route is used:
  // declaring `images` at all, even undefined, would hide it.
  const seoImage = article.seo?.image?.asset?.url
  return {
    title,
    description,
    alternates: { canonical: path, types: siteFeedTypes },
    robots: article.seo?.noIndex ? { index: false } : undefined,
    openGraph: {
      type: 'article',
      title,
      description,
      url: path,
      publishedTime: article.publishedAt ?? undefined,
      ...(seoImage ? { images: [{ url: seoImage, alt: article.seo?.image?.alt ?? '' }] } : {}),
    },
    twitter: { card: 'summary_large_image', title, description },
  }
}

export default async function ArticlePage(props: PageProps<'/articles/[slug]'>) {
  const { slug } = await props.params
  const article = await fetchContent(articleQuery, { slug })
  if (!article || !article.headline) notFound()

  // Cached per article (tag `comments:<id>`): the page stays static, a comment write updates it.
  const comments = await getApprovedComments(article._id)
  const body = typeset(article.body ?? [])
  const minutes = readingMinutes(countWords(plainTextOf(body)))
  const interviewee = article.interviewee
  const siteUrl = getEnv().siteUrl
  const url = absoluteUrl(siteUrl, resolveHref('article', article.slug) ?? '/')
  // Click-to-edit targets for the Studio's Presentation tool; undefined outside draft mode.
  const [editHeadline, editBody] = await Promise.all([
    editAttribute(article, 'headline'),
    editAttribute(article, 'body'),
  ])

  return (
    <article className="px-4 pt-8 pb-16 sm:px-6" data-testid="article">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: article.headline,
          description: article.standfirst ?? undefined,
          datePublished: article.publishedAt ?? undefined,
          dateModified: article._updatedAt,
          mainEntityOfPage: url,
          image: article.heroImage?.asset?.url
            ? [absoluteUrl(siteUrl, article.heroImage.asset.url)]
            : undefined,
          author: (article.authors ?? []).map((author) => ({
            '@type': 'Person',
            name: author.name,
          })),
          about: interviewee
            ? {
                '@type': 'Person',
                name: interviewee.name,
                url: absoluteUrl(siteUrl, resolveHref('person', interviewee.slug) ?? '/'),
              }
            : undefined,
          mentions: (article.organisationsCited ?? []).map((organisation) => ({
            '@type': 'Organization',
            name: organisation.name,
            url: absoluteUrl(siteUrl, resolveHref('organisation', organisation.slug) ?? '/'),
          })),
        }}
      />
      <ArticleBreadcrumb article={article} />
      <div data-sanity={editHeadline}>
        <ArticleHeader
          headline={frenchTypography(article.headline)}
          standfirst={article.standfirst ? frenchTypography(article.standfirst) : null}
          publishedAt={article.publishedAt}
          readingMinutes={minutes}
          series={article.series}
          authors={article.authors ?? []}
          heroImage={article.heroImage}
        />
      </div>
      <div id="corps-article" className="mx-auto mt-8 max-w-2xl" data-sanity={editBody}>
        <ArticleBody value={body} passages={passageIndex(comments)} />
      </div>
      <SelectionQuote containerId="corps-article" />
      <ShareLinks url={url} title={article.headline} />
      {interviewee?.name ? (
        <BiographyBox
          name={interviewee.name}
          slug={interviewee.slug}
          biography={interviewee.biography ?? []}
          career={interviewee.career ?? []}
        />
      ) : null}
      <OrganisationsCited organisations={article.organisationsCited ?? []} />
      <CommentSection
        articleId={article._id}
        postPath={commentPostPath(resolveHref('article', article.slug) ?? '/')}
        followPath={followPostPath(resolveHref('article', article.slug) ?? '/')}
        comments={comments}
        blockKeys={body.map((block) => block._key)}
      />
      {(article.related ?? []).length > 0 ? (
        <section
          aria-labelledby="a-lire-aussi"
          className="mx-auto mt-12 max-w-5xl"
          data-print="hide"
        >
          <h2 id="a-lire-aussi" className="text-xl font-bold">
            À lire aussi
          </h2>
          <div className="mt-4 grid gap-8 sm:grid-cols-3">
            {(article.related ?? []).map((related) => (
              <ArticleCard key={related._id} article={related} />
            ))}
          </div>
        </section>
      ) : null}
    </article>
  )
}
