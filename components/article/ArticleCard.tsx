import { SanityImage, type SanityImageValue } from '@/components/SanityImage'
import { formatDate } from '@/lib/dates'
import { resolveHref } from '@/lib/href'
import { frenchTypography } from '@/lib/typography'

export interface ArticleCardProps {
  article: {
    _id: string
    headline: string | null
    standfirst: string | null
    publishedAt: string | null
    slug: string | null
    series: { title: string | null } | null
    heroImage: SanityImageValue | null
  }
  /** Heading level of the card title within the page outline. */
  level?: 'h2' | 'h3'
  withImage?: boolean
}

/** A teaser linking to an article. */
export function ArticleCard({ article, level = 'h3', withImage = true }: ArticleCardProps) {
  const href = resolveHref('article', article.slug)
  const Heading = level
  if (!href || !article.headline) return null
  return (
    <article className="group flex flex-col gap-2" data-testid="article-card">
      {withImage && article.heroImage?.asset ? (
        <SanityImage
          image={{ ...article.heroImage, alt: '' }}
          sizes="(min-width: 1024px) 20rem, (min-width: 640px) 45vw, 100vw"
          className="aspect-[4/3] w-full object-cover"
        />
      ) : null}
      {article.series?.title ? (
        <p className="text-xs font-semibold tracking-widest text-accent-ink uppercase">
          {article.series.title}
        </p>
      ) : null}
      <Heading className="text-lg leading-snug font-bold">
        <a href={href} className="group-hover:underline">
          {frenchTypography(article.headline)}
        </a>
      </Heading>
      {article.standfirst ? (
        <p className="line-clamp-3 text-sm text-muted">{frenchTypography(article.standfirst)}</p>
      ) : null}
      {article.publishedAt ? (
        <time dateTime={article.publishedAt} className="text-xs text-muted">
          {formatDate(article.publishedAt)}
        </time>
      ) : null}
    </article>
  )
}
