import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { getEnv } from '@/lib/env'
import { assetFilePath, getLake, mimeTypeOf, type AssetKind } from '@/lib/lake'

const KINDS: Record<string, AssetKind> = { images: 'image', files: 'file' }

/**
 * Serves the embedded lake's assets (`/media/images/<sha1>-<w>x<h>.<ext>`). Names are
 * content-addressed, so a response never changes and is cached for a year.
 */
export async function GET(_request: Request, context: RouteContext<'/media/[kind]/[file]'>) {
  const { kind, file } = await context.params
  const assetKind = KINDS[kind]
  if (getEnv().mode !== 'embedded' || !assetKind) return notFound()
  const filePath = assetFilePath(getLake().dataDir, assetKind, file)
  if (!filePath) return notFound()
  try {
    const body = await readFile(filePath)
    return new Response(body, {
      headers: {
        'Content-Type': mimeTypeOf(path.extname(file).slice(1)),
        'Cache-Control': 'public, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  } catch {
    return notFound()
  }
}

function notFound() {
  return new Response('Fichier introuvable', { status: 404 })
}
