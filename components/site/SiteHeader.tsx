import Link from 'next/link'

import { sanitizeHref } from '@/lib/href'
import { frenchTypography } from '@/lib/typography'

export interface SiteHeaderProps {
  title: string
  tagline: string | null
  navigation: { _key: string; label: string | null; href: string | null }[]
}

export function SiteHeader({ title, tagline, navigation }: SiteHeaderProps) {
  return (
    <header role="banner" className="border-rule border-b">
      <div className="mx-auto max-w-6xl px-4 pt-6 pb-4 text-center sm:px-6">
        <Link href="/" className="inline-block no-underline">
          <span className="font-serif text-4xl font-bold tracking-tight sm:text-5xl">{title}</span>
        </Link>
        {tagline ? (
          <p className="text-muted mt-1 font-serif text-sm italic sm:text-base">
            {frenchTypography(tagline)}
          </p>
        ) : null}
      </div>
      {navigation.length > 0 ? (
        <nav aria-label="Navigation principale" className="border-rule border-t">
          <ul className="mx-auto flex max-w-6xl flex-wrap justify-center gap-x-6 gap-y-1 px-4 py-2 text-sm font-medium sm:px-6">
            {navigation.map((item) => {
              const href = sanitizeHref(item.href)
              if (!href || !item.label) return null
              return (
                <li key={item._key}>
                  <Link href={href} className="hover:text-accent inline-block py-1 hover:underline">
                    {item.label}
                  </Link>
                </li>
              )
            })}
          </ul>
        </nav>
      ) : null}
    </header>
  )
}
