import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { fetchContent } from '@/lib/content'
import { settingsQuery } from '@/sanity/lib/queries'

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const settings = await fetchContent(settingsQuery)
  return (
    <>
      <a
        href="#contenu"
        className="bg-ink text-paper sr-only z-50 px-4 py-2 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
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
      <SiteFooter title={settings?.title ?? 'Kiosque'} description={settings?.description ?? null} />
    </>
  )
}
