import { frenchTypography } from '@/lib/typography'

export interface SiteFooterProps {
  title: string
  description: string | null
}

export function SiteFooter({ title, description }: SiteFooterProps) {
  return (
    <footer role="contentinfo" className="mt-16 border-t border-rule text-muted">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 text-sm sm:grid-cols-2 sm:px-6">
        <div>
          <p className="font-serif text-lg font-bold text-ink">{title}</p>
          {description ? <p className="mt-2 max-w-prose">{frenchTypography(description)}</p> : null}
        </div>
        <ul className="flex flex-col gap-1 sm:items-end">
          <li>
            <a href="/recherche" className="hover:underline">
              Recherche
            </a>
          </li>
          <li>
            {/* A route handler, not a page: a plain link, so the browser loads the XML itself. */}
            <a href="/flux.xml" type="application/rss+xml" className="hover:underline">
              Flux RSS
            </a>
          </li>
          <li>
            <a href="/donnees-personnelles" className="hover:underline">
              Données personnelles
            </a>
          </li>
          <li>
            <a href="/studio" className="hover:underline">
              Espace rédaction
            </a>
          </li>
        </ul>
      </div>
    </footer>
  )
}
