import { SanityImage, type SanityImageValue } from '@/components/SanityImage'
import { formatDate } from '@/lib/dates'
import { resolveHref } from '@/lib/href'

export interface ArticleHeaderProps {
  headline: string
  standfirst: string | null
  publishedAt: string | null
  readingMinutes: number
  series: { title: string | null; slug: string | null } | null
  authors: { _id: string; name: string | null; slug: string | null }[]
  heroImage: (SanityImageValue & { caption?: string | null; credit?: string | null }) | null
}

export function ArticleHeader(props: ArticleHeaderProps) {
  const { headline, standfirst, publishedAt, series, authors, heroImage } = props
  const seriesHref = resolveHref('series', series?.slug)
  return (
    <header className="mx-auto max-w-2xl">
      {series?.title ? (
        <p className="text-sm font-semibold tracking-widest text-accent-ink uppercase">
          {seriesHref ? <a href={seriesHref}>{series.title}</a> : series.title}
        </p>
      ) : null}
      <h1 className="mt-3 text-3xl leading-tight font-bold sm:text-5xl">{headline}</h1>
      <p className="mt-4 flex flex-wrap gap-x-3 text-sm text-muted">
        {publishedAt ? (
          <time dateTime={publishedAt} data-testid="published-at">
            {formatDate(publishedAt)}
          </time>
        ) : null}
        <span aria-hidden="true">·</span>
        <span>Lecture : {props.readingMinutes} min</span>
        {authors.length > 0 ? (
          <>
            <span aria-hidden="true">·</span>
            <span>
              Par{' '}
              {authors.map((author, index) => {
                const href = resolveHref('author', author.slug)
                return (
                  <span key={author._id}>
                    {index > 0 ? (index === authors.length - 1 ? ' et ' : ', ') : null}
                    {href ? (
                      <a href={href} className="underline">
                        {author.name}
                      </a>
                    ) : (
                      author.name
                    )}
                  </span>
                )
              })}
            </span>
          </>
        ) : null}
      </p>
      {heroImage?.asset ? (
        <figure className="mt-8">
          <SanityImage
            image={heroImage}
            priority
            sizes="(min-width: 768px) 42rem, 100vw"
            className="mx-auto h-auto max-h-[36rem] w-auto"
          />
          <figcaption className="mt-2 flex justify-between gap-4 text-sm text-muted">
            <span>{heroImage.caption}</span>
            {heroImage.credit ? <span data-testid="credit">{heroImage.credit}</span> : null}
          </figcaption>
        </figure>
      ) : null}
      {standfirst ? (
        <p
          data-testid="standfirst"
          className="mt-8 font-serif text-xl leading-relaxed font-semibold"
        >
          {standfirst}
        </p>
      ) : null}
    </header>
  )
}
