import { ImageResponse } from 'next/og'

import { OgCard } from '@/components/og/OgCard'
import { fetchMetadataContent } from '@/lib/content'
import { imageDataUrl, OG_SIZE, ogFonts } from '@/lib/og'
import { settingsQuery } from '@/sanity/lib/queries'

export const alt = 'Kiosque, le média des entreprises et des territoires'
export const size = OG_SIZE
export const contentType = 'image/png'

/**
 * Default social image of the site, for pages without one of their own: the image the editors
 * chose in the site settings, or a card with the site's name and tagline.
 */
export default async function Image() {
  const settings = await fetchMetadataContent(settingsQuery)
  const chosen = await imageDataUrl(settings?.ogImage?.asset?.url)
  const title = settings?.title ?? 'Kiosque'
  return new ImageResponse(
    chosen ? (
      <img
        src={chosen}
        alt=""
        width={size.width}
        height={size.height}
        style={{ objectFit: 'cover' }}
      />
    ) : (
      <OgCard
        kicker="Entretiens, portraits, décryptages"
        title={settings?.tagline ?? title}
        siteName={title}
        footnote={null}
        portrait={null}
      />
    ),
    { ...size, fonts: ogFonts },
  )
}
