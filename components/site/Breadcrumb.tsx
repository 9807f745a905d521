import { JsonLd } from '@/components/JsonLd'
import { breadcrumbList, type Crumb } from '@/lib/breadcrumbs'
import { getEnv } from '@/lib/env'
import { frenchTypography } from '@/lib/typography'

export interface BreadcrumbProps {
  /** Steps after « Accueil »; the last one is the current page. */
  trail: readonly Crumb[]
  className?: string
}

/** « Accueil › … › page »: the visible trail and its schema.org BreadcrumbList, from one list. */
export function Breadcrumb({ trail, className }: BreadcrumbProps) {
  const crumbs: Crumb[] = [{ label: 'Accueil', href: '/' }, ...trail]
  return (
    <nav aria-label="Fil d’Ariane" className={className} data-print="hide">
      <JsonLd data={breadcrumbList(getEnv().siteUrl, crumbs)} />
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1
          return (
            <li
              key={`${index}-${frenchTypography(crumb.label)}`}
              className="flex items-center gap-x-2"
            >
              {index > 0 ? <span aria-hidden="true">›</span> : null}
              {last ? (
                <span aria-current="page" className="line-clamp-1 text-ink">
                  {frenchTypography(crumb.label)}
                </span>
              ) : crumb.href ? (
                <a href={crumb.href} className="underline decoration-1 hover:text-ink">
                  {frenchTypography(crumb.label)}
                </a>
              ) : (
                <span>{frenchTypography(crumb.label)}</span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
