import { ArticleCard, type ArticleCardProps } from '@/components/article/ArticleCard'

export interface ArticleSectionProps {
  /** Anchor of the section, also the id its heading labels it with. */
  id: string
  title: string
  articles: readonly ArticleCardProps['article'][]
  /** Shown instead of the list when there is nothing; without it the section is omitted. */
  emptyText?: string
  testId?: string
}

/** A titled grid of article teasers (« Entretiens », « Cité dans », a theme's articles…). */
export function ArticleSection({ id, title, articles, emptyText, testId }: ArticleSectionProps) {
  if (articles.length === 0 && !emptyText) return null
  return (
    <section aria-labelledby={id} className="mt-14" data-testid={testId}>
      <h2 id={id} className="border-b border-rule pb-2 text-2xl font-bold">
        {title}
      </h2>
      {articles.length > 0 ? (
        <div className="mt-6 grid gap-10 sm:grid-cols-2 lg:grid-cols-3">
          {articles.map((article) => (
            <ArticleCard key={article._id} article={article} />
          ))}
        </div>
      ) : (
        <p className="mt-6 text-muted">{emptyText}</p>
      )}
    </section>
  )
}
