import type { Metadata } from 'next'

import { DraftPreview } from '@/components/preview/DraftPreview'
import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { fetchContent, fetchMetadataContent } from '@/lib/content'
import { siteFeedTypes } from '@/lib/feed'
import { settingsQuery } from '@/sanity/lib/queries'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await fetchMetadataContent(settingsQuery)
  return {
    description: settings?.description ?? undefined,
    alternates: { types: siteFeedTypes },
    openGraph: {
      type: 'website',
      siteName: settings?.title ?? 'Kiosque',
      locale: 'fr_FR',
    },
  }
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const settings = await fetchContent(settingsQuery)
  return (
    <>
      <a
        href="#contenu"
        className="sr-only z-50 bg-ink px-4 py-2 text-paper focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Aller au contenu
      </a>
      <SiteHeader
        title={settings?.title ?? 'Kiosque'}
        tagline={settings?.tagline ?? null}
        navigation={settings?.navigation ?? []}
      />
      <main id="contenu" tabIndex={-1} className="outline-none">
        {children}
      </main>
      <SiteFooter
        title={settings?.title ?? 'Kiosque'}
        description={settings?.description ?? null}
      />
      <DraftPreview />
    </>
  )
}
