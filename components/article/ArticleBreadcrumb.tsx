import { Breadcrumb } from '@/components/site/Breadcrumb'
import { resolveHref } from '@/lib/href'
import { articleKinds } from '@/sanity/schemaTypes/lists'
import type { ArticleQueryResult } from '@/sanity.types'

export interface ArticleBreadcrumbProps {
  article: Pick<NonNullable<ArticleQueryResult>, 'headline' | 'slug' | 'kind' | 'series'>
}

/** « Accueil › Nomination du mois › headline », or the article kind when it has no series. */
export function ArticleBreadcrumb({ article }: ArticleBreadcrumbProps) {
  const section = article.series
    ? { label: article.series.title, href: resolveHref('series', article.series.slug) }
    : {
        label: articleKinds.find((kind) => kind.value === article.kind)?.plural ?? 'Articles',
        href: null,
      }
  return (
    <Breadcrumb
      className="mx-auto mb-6 max-w-2xl"
      trail={[section, { label: article.headline, href: resolveHref('article', article.slug) }]}
    />
  )
}
