import { getImageProps, type ImageLoader } from 'next/image'

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
 * The Sanity image CDN resizes by URL (`w`, `auto=format`, `fit=max`, `q`), so hosted assets are
 * never proxied through the Next optimiser. Same parameters as next-sanity's `imageLoader`, which
 * cannot be called here: its module is a client one.
 */
const sanityCdnLoader: ImageLoader = ({ src, width, quality }) => {
  const url = new URL(src)
  url.searchParams.set('auto', 'format')
  if (!url.searchParams.has('fit')) url.searchParams.set('fit', 'max')
  url.searchParams.set('w', String(width))
  if (quality) url.searchParams.set('q', String(quality))
  return url.href
}

/**
 * An image from the content source, as a plain `<img>` with `srcset`, `sizes`, width and height:
 * `getImageProps` computes what `next/image` would render, on the server, so reader pages ship
 * none of the image component's JavaScript (about 6 KB gzip). Embedded assets are served by
 * /media and optimised by Next (`/_next/image`); hosted ones are resized by Sanity's image CDN.
 * The low-quality placeholder, when the asset has one, is the image's background until it loads.
 */
export function SanityImage({ image, sizes, priority = false, className }: SanityImageProps) {
  const asset = image?.asset
  if (!asset?.url || !asset.width || !asset.height) return null
  const { props } = getImageProps({
    src: asset.url,
    width: asset.width,
    height: asset.height,
    alt: image?.alt ?? '',
    sizes,
    className,
    loading: priority ? 'eager' : 'lazy',
    fetchPriority: priority ? 'high' : 'auto',
    ...(asset.url.startsWith('https://cdn.sanity.io/') ? { loader: sanityCdnLoader } : {}),
    ...(asset.lqip ? { placeholder: 'blur' as const, blurDataURL: asset.lqip } : {}),
  })
  // eslint-disable-next-line @next/next/no-img-element -- the props are next/image's own
  return <img {...props} alt={props.alt} />
}
