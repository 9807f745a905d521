import { ImageResponse } from 'next/og'

import { OgCard } from '@/components/og/OgCard'
import { fetchMetadataContent, fetchStaticParams } from '@/lib/content'
import { imageDataUrl, OG_SIZE, ogFonts } from '@/lib/og'
import { articleImageQuery, articleSlugsQuery, settingsQuery } from '@/sanity/lib/queries'

export const alt = 'Titre de l’article et portrait de la personne interrogée'
export const size = OG_SIZE
export const contentType = 'image/png'

export async function generateStaticParams() {
  const articles = await fetchStaticParams(articleSlugsQuery)
  return articles.flatMap((article) => (article.slug ? [{ slug: article.slug }] : []))
}

/** Social card of an article: series, headline, the interviewee's portrait, site name. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [article, settings] = await Promise.all([
    fetchMetadataContent(articleImageQuery, { slug }),
    fetchMetadataContent(settingsQuery),
  ])
  if (!article) return new Response('Article introuvable', { status: 404 })
  const interviewee = article.interviewee
  const portrait = await imageDataUrl(interviewee?.portrait?.asset?.url)
  return new ImageResponse(
    <OgCard
      kicker={article.series?.title ?? null}
      title={article.headline}
      siteName={settings?.title ?? 'Kiosque'}
      footnote={
        interviewee?.name
          ? [interviewee.name, interviewee.jobTitle].filter(Boolean).join(', ')
          : (settings?.tagline ?? null)
      }
      portrait={portrait}
    />,
    { ...size, fonts: ogFonts },
  )
}
