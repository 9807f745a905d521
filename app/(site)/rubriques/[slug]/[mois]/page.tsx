import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleCard } from '@/components/article/ArticleCard'
import { MonthNav } from '@/components/series/MonthNav'
import { Breadcrumb } from '@/components/site/Breadcrumb'
import { adjacentMonths, formatMonthKey, isMonthKey, monthRange, monthsOf } from '@/lib/archive'
import { fetchContent, fetchMetadataContent, fetchStaticParams } from '@/lib/content'
import { resolveHref, resolveSeriesMonthHref } from '@/lib/href'
import { seriesMonthParamsQuery, seriesMonthQuery } from '@/sanity/lib/queries'

export async function generateStaticParams() {
  const series = await fetchStaticParams(seriesMonthParamsQuery)
  return series.flatMap((item) => monthsOf(item.dates).map((mois) => ({ slug: item.slug, mois })))
}

/** The series and its articles of that month, or null for a malformed or empty month. */
async function loadMonth(slug: string, mois: string, fetch: typeof fetchContent) {
  if (!isMonthKey(mois)) return null
  const series = await fetch(seriesMonthQuery, { slug, ...monthRange(mois) })
  if (!series || series.articles.length === 0) return null
  return { series, month: mois }
}

export async function generateMetadata(
  props: PageProps<'/rubriques/[slug]/[mois]'>,
): Promise<Metadata> {
  const { slug, mois } = await props.params
  const loaded = await loadMonth(slug, mois, fetchMetadataContent)
  if (!loaded) return {}
  const { series, month } = loaded
  const path = resolveSeriesMonthHref(series.slug, month) ?? '/'
  const title = `${series.title}, ${formatMonthKey(month)}`
  const description = `Les articles de la rubrique ${series.title} publiés en ${formatMonthKey(month)}.`
  const image = series.articles[0]?.heroImage?.asset?.url
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: 'website',
      title,
      description,
      url: path,
      images: image ? [{ url: image, alt: '' }] : undefined,
    },
  }
}

export default async function SeriesMonthPage(props: PageProps<'/rubriques/[slug]/[mois]'>) {
  const { slug, mois } = await props.params
  const loaded = await loadMonth(slug, mois, fetchContent)
  if (!loaded) notFound()

  const { series, month } = loaded
  const seriesPath = resolveHref('series', series.slug) ?? '/'
  const label = formatMonthKey(month)
  const { previous, next } = adjacentMonths(monthsOf(series.dates), month)

  return (
    <div className="mx-auto max-w-6xl px-4 pt-6 pb-16 sm:px-6" data-testid="series-month">
      <Breadcrumb
        trail={[
          { label: series.title, href: seriesPath },
          { label, href: resolveSeriesMonthHref(series.slug, month) },
        ]}
      />
      <header className="mt-8 max-w-3xl">
        <p className="text-sm font-semibold tracking-widest text-accent-ink uppercase">
          {series.title}
        </p>
        <h1 className="mt-2 text-3xl font-bold first-letter:uppercase sm:text-5xl">{label}</h1>
        <p className="mt-4 text-muted">
          {series.articles.length} article{series.articles.length > 1 ? 's' : ''} publié
          {series.articles.length > 1 ? 's' : ''} ce mois-ci dans la rubrique {series.title}.
        </p>
      </header>
      <section aria-labelledby="articles-du-mois" className="mt-12">
        <h2 id="articles-du-mois" className="sr-only">
          Articles de {label}
        </h2>
        <div className="grid gap-10 sm:grid-cols-2 lg:grid-cols-3">
          {series.articles.map((article) => (
            <ArticleCard key={article._id} article={article} />
          ))}
        </div>
      </section>
      <MonthNav seriesSlug={series.slug} previous={previous} next={next} />
    </div>
  )
}
