import { ArticleCard } from '@/components/article/ArticleCard'
import { SanityImage } from '@/components/SanityImage'
import { fetchContent } from '@/lib/content'
import { formatMonth } from '@/lib/dates'
import { resolveHref } from '@/lib/href'
import { frenchTypography } from '@/lib/typography'
import { homeQuery } from '@/sanity/lib/queries'

export default async function HomePage() {
  const { featured, latest, series } = await fetchContent(homeQuery)
  const featuredHref = resolveHref('article', featured?.slug)
  const others = latest.filter((article) => article._id !== featured?._id)

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <h1 className="sr-only">Kiosque, l’actualité des entreprises et de leurs dirigeants</h1>
      {featured && featuredHref ? (
        <section aria-labelledby="a-la-une" className="grid items-center gap-8 md:grid-cols-2">
          <div>
            <p
              id="a-la-une"
              className="text-sm font-semibold tracking-widest text-accent-ink uppercase"
            >
              Nomination du mois
              {featured.publishedAt ? ` · ${formatMonth(featured.publishedAt)}` : ''}
            </p>
            <h2 className="mt-3 text-3xl leading-tight font-bold sm:text-4xl">
              <a href={featuredHref} className="hover:underline">
                {frenchTypography(featured.headline ?? '')}
              </a>
            </h2>
            {featured.standfirst ? (
              <p className="mt-4 font-serif text-lg text-muted">
                {frenchTypography(featured.standfirst)}
              </p>
            ) : null}
          </div>
          <SanityImage
            image={featured.heroImage}
            priority
            sizes="(min-width: 768px) 36rem, 100vw"
            className="h-auto w-full"
          />
        </section>
      ) : null}

      <section aria-labelledby="derniers-articles" className="mt-14">
        <h2 id="derniers-articles" className="border-b border-rule pb-2 text-2xl font-bold">
          Derniers articles
        </h2>
        <div className="mt-6 grid gap-10 sm:grid-cols-2 lg:grid-cols-3">
          {others.map((article) => (
            <ArticleCard key={article._id} article={article} />
          ))}
        </div>
      </section>

      {series.length > 0 ? (
        <section aria-labelledby="rubriques" className="mt-14">
          <h2 id="rubriques" className="border-b border-rule pb-2 text-2xl font-bold">
            Rubriques
          </h2>
          <ul className="mt-6 grid gap-6 sm:grid-cols-2">
            {series.map((item) => (
              <li key={item._id}>
                <h3 className="text-lg font-bold">{item.title}</h3>
                {item.description ? (
                  <p className="mt-1 text-muted">{frenchTypography(item.description)}</p>
                ) : null}
                <p className="mt-1 text-sm text-muted">
                  {item.count} article{item.count > 1 ? 's' : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
