import { readMedia } from '@/lib/content/media'
import type { AssetKind } from '@/lib/lake'

const KINDS: Record<string, AssetKind> = { images: 'image', files: 'file' }

/**
 * Serves the embedded lake's assets (`/media/images/<sha1>-<w>x<h>.<ext>`), also in Sanity mode
 * when the lake API is the Content Lake (see lib/content/media.ts). Names are
 * content-addressed, so a response never changes and is cached for a year.
 */
export async function GET(_request: Request, context: RouteContext<'/media/[kind]/[file]'>) {
  const { kind, file } = await context.params
  const assetKind = KINDS[kind]
  if (!assetKind) return notFound()
  try {
    const media = await readMedia(assetKind, file)
    if (!media) return notFound()
    return new Response(media.bytes, {
      headers: {
        'Content-Type': media.type,
        'Cache-Control': 'public, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  } catch (error) {
    console.error(`[media] ${kind}/${file} illisible :`, error)
    return notFound()
  }
}

function notFound() {
  return new Response('Fichier introuvable', { status: 404 })
}
