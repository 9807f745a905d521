import Image from 'next/image'

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
 * Next; hosted assets come from Sanity's CDN.
 */
export function SanityImage({ image, sizes, priority = false, className }: SanityImageProps) {
  const asset = image?.asset
  if (!asset?.url || !asset.width || !asset.height) return null
  return (
    <Image
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
