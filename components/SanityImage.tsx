import Image from 'next/image'
import { Image as SanityCdnImage } from 'next-sanity/image'

export interface SanityImageValue {
  alt?: string | null
  asset?: {
    url: string | null
    width: number | null
    height: number | null
    lqip?: string | null
  } | null
}

export interface SanityImageProps {
  image: SanityImageValue | null | undefined
  sizes: string
  /** The LCP image of the page: fetched eagerly with high priority. */
  priority?: boolean
  className?: string
}

/**
 * An image from the content source. Embedded assets are served by /media and optimised by
 * Next; hosted assets are resized by Sanity's image CDN itself (`next-sanity/image` sets its
 * loader: `?w=…&auto=format`), never proxied through the Next optimiser.
 */
export function SanityImage({ image, sizes, priority = false, className }: SanityImageProps) {
  const asset = image?.asset
  if (!asset?.url || !asset.width || !asset.height) return null
  const Component = asset.url.startsWith('https://cdn.sanity.io/') ? SanityCdnImage : Image
  return (
    <Component
      src={asset.url}
      width={asset.width}
      height={asset.height}
      alt={image?.alt ?? ''}
      sizes={sizes}
      className={className}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : 'auto'}
      {...(asset.lqip ? { placeholder: 'blur' as const, blurDataURL: asset.lqip } : {})}
    />
  )
}
