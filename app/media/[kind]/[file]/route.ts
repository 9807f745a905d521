import { readMedia } from '@/lib/content/media'
import type { AssetKind } from '@/lib/lake'

const KINDS: Record<string, AssetKind> = { images: 'image', files: 'file' }

/**
 * Serves the embedded lake's assets (`/media/images/<sha1>-<w>x<h>.<ext>`), also in Sanity mode
 * when the lake API is the Content Lake (see lib/content/media.ts). Only while the asset
 * document exists; an uploaded SVG is sandboxed and sent as an attachment (`assetHeaders`).
 */
export async function GET(_request: Request, context: RouteContext<'/media/[kind]/[file]'>) {
  const { kind, file } = await context.params
  const assetKind = KINDS[kind]
  if (!assetKind) return notFound()
  try {
    const media = await readMedia(assetKind, file)
    if (!media) return notFound()
    return new Response(media.bytes, {
      // A deleted asset must stop being served: cached a day, not a year.
      headers: { ...media.headers, 'Cache-Control': 'public, max-age=86400' },
    })
  } catch (error) {
    console.error(`[media] ${kind}/${file} illisible :`, error)
    return notFound()
  }
}

function notFound() {
  return new Response('Fichier introuvable', { status: 404 })
}
