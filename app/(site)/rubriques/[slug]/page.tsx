import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleCard } from '@/components/article/ArticleCard'
import { Breadcrumb } from '@/components/site/Breadcrumb'
import { formatMonthKey, groupByMonth } from '@/lib/archive'
import { fetchContent, fetchMetadataContent, fetchStaticParams } from '@/lib/content'
import { feedAlternate, SITE_FEED_PATH, seriesFeedPath } from '@/lib/feed'
import { resolveHref, resolveSeriesMonthHref } from '@/lib/href'
import { frenchTypography } from '@/lib/typography'
import { editAttribute } from '@/lib/preview/edit'
import { seriesQuery, seriesSlugsQuery } from '@/sanity/lib/queries'

/** Months shown in full on the series page; older ones are reached through their own page. */
const RECENT_MONTHS = 6

export async function generateStaticParams() {
  const series = await fetchStaticParams(seriesSlugsQuery)
  return series.map((item) => ({ slug: item.slug }))
}

export async function generateMetadata(props: PageProps<'/rubriques/[slug]'>): Promise<Metadata> {
  const { slug } = await props.params
  const series = await fetchMetadataContent(seriesQuery, { slug })
  if (!series) return {}
  const path = resolveHref('series', series.slug) ?? '/'
  const description = series.description ?? `Tous les articles de la rubrique ${series.title}.`
  const image = series.articles[0]?.heroImage?.asset?.url
  return {
    title: series.title,
    description,
    alternates: {
      canonical: path,
      types: feedAlternate(
        seriesFeedPath(series.slug) ?? SITE_FEED_PATH,
        `${series.title} · Kiosque`,
      ),
    },
    openGraph: {
      type: 'website',
      title: series.title,
      description,
      url: path,
      images: image ? [{ url: image, alt: '' }] : undefined,
    },
  }
}

export default async function SeriesPage(props: PageProps<'/rubriques/[slug]'>) {
  const { slug } = await props.params
  const series = await fetchContent(seriesQuery, { slug })
  if (!series) notFound()

  const path = resolveHref('series', series.slug) ?? '/'
  const months = groupByMonth(series.articles)
  const recent = months.slice(0, RECENT_MONTHS)
  const older = months.slice(RECENT_MONTHS)

  const editTitle = await editAttribute(series, 'title')
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6 pb-16 sm:px-6" data-testid="series">
      <Breadcrumb trail={[{ label: series.title, href: path }]} />
      <header className="mt-8 max-w-3xl">
        <p className="text-sm font-semibold tracking-widest text-accent-ink uppercase">Rubrique</p>
        <h1 className="mt-2 text-3xl font-bold sm:text-5xl" data-sanity={editTitle}>
          {series.title}
        </h1>
        {series.description ? (
          <p className="mt-4 font-serif text-lg leading-relaxed text-muted">
            {frenchTypography(series.description)}
          </p>
        ) : null}
      </header>

      {months.length === 0 ? (
        <p className="mt-12">Aucun article publié dans cette rubrique pour l’instant.</p>
      ) : null}
      {recent.map(({ month, items }) => (
        <section
          key={month}
          aria-labelledby={`mois-${month}`}
          className="mt-12 border-t border-rule pt-6 md:grid md:grid-cols-[12rem_1fr] md:gap-8"
          data-testid="month"
        >
          <h2 id={`mois-${month}`} className="text-2xl font-bold first-letter:uppercase">
            <a
              href={resolveSeriesMonthHref(series.slug, month) ?? path}
              className="hover:underline"
            >
              {formatMonthKey(month)}
            </a>
          </h2>
          <div className="mt-6 grid gap-10 sm:grid-cols-2 md:mt-0">
            {items.map((article) => (
              <ArticleCard key={article._id} article={article} />
            ))}
          </div>
        </section>
      ))}

      {older.length > 0 ? (
        <section aria-labelledby="archives" className="mt-14" data-testid="older-months">
          <h2 id="archives" className="border-b border-rule pb-2 text-2xl font-bold">
            Archives
          </h2>
          <ul className="mt-6 flex flex-wrap gap-3">
            {older.map(({ month, items }) => (
              <li key={month}>
                <a
                  href={resolveSeriesMonthHref(series.slug, month) ?? path}
                  className="inline-block border border-rule px-3 py-2 first-letter:uppercase hover:border-accent"
                >
                  {formatMonthKey(month)}{' '}
                  <span className="text-sm text-muted">
                    ({items.length} article{items.length > 1 ? 's' : ''})
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
