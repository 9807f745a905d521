import { sanitizeHref } from '@/lib/href'
import { frenchTypography } from '@/lib/typography'

export interface SiteHeaderProps {
  title: string
  tagline: string | null
  navigation: { _key: string; label: string | null; href: string | null }[]
}

export function SiteHeader({ title, tagline, navigation }: SiteHeaderProps) {
  return (
    <header role="banner" className="border-b border-rule">
      <div className="mx-auto max-w-6xl px-4 pt-6 pb-4 text-center sm:px-6">
        <a href="/" className="inline-block no-underline">
          <span className="font-serif text-4xl font-bold tracking-tight sm:text-5xl">{title}</span>
        </a>
        {tagline ? (
          <p className="mt-1 font-serif text-sm text-muted italic sm:text-base">
            {frenchTypography(tagline)}
          </p>
        ) : null}
      </div>
      {navigation.length > 0 ? (
        <nav aria-label="Navigation principale" className="border-t border-rule">
          <ul className="mx-auto flex max-w-6xl flex-wrap justify-center gap-x-6 gap-y-1 px-4 py-2 text-sm font-medium sm:px-6">
            {navigation.map((item) => {
              const href = sanitizeHref(item.href)
              if (!href || !item.label) return null
              return (
                <li key={item._key}>
                  <a href={href} className="inline-block py-1 hover:text-accent hover:underline">
                    {item.label}
                  </a>
                </li>
              )
            })}
          </ul>
        </nav>
      ) : null}
    </header>
  )
}
