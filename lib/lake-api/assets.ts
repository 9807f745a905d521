import { createReadStream, statSync } from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream'

import { z } from 'zod'

import { assetFilePath, mimeTypeOf, type AssetKind } from '@/lib/lake'

import type { RouteCall } from './context'
import { ApiError, ASSET_BODY_LIMIT, parseWith, readBody, sendJson, type ApiResponse } from './http'

const filenameParam = z.string().trim().min(1).max(255).optional()

/**
 * `POST /assets/images|files/:dataset` (raw body, `filename` param) → `{document}`. The lake
 * stores files by sha1, so uploading the same bytes twice returns the same asset document.
 * Its `url` is `/media/…`, relative to the site that embeds the Studio and serves that route;
 * the Studio's image previews go through `GET /images/…` of this API (see `serveAsset`).
 */
export async function handleUpload(call: RouteCall, kind: AssetKind): Promise<void> {
  const filename = parseWith(filenameParam, call.url.searchParams.get('filename') ?? undefined)
  const body = await readBody(call.req, ASSET_BODY_LIMIT)
  if (body.length === 0) throw new ApiError(400, 'validationError', 'Empty upload body')
  const document = call.ctx.lake.putAsset(body, { kind, filename })
  sendJson(call.res, 200, { document })
}

/**
 * `GET /images/:projectId/:dataset/<sha1>-<w>x<h>.<ext>` and `/files/…`: the URLs that
 * `@sanity/image-url` builds from the Studio's `apiHost`. Transformation parameters (`w`, `fit`,
 * `auto`…) are ignored: the original is served, which browsers scale.
 */
export function serveAsset(
  res: ApiResponse,
  dataDir: string,
  kind: AssetKind,
  file: string,
  download: boolean,
): void {
  const filePath = assetFilePath(dataDir, kind, file)
  let size: number
  try {
    if (!filePath) throw new Error('bad name')
    size = statSync(filePath).size
  } catch {
    throw new ApiError(404, 'notFoundError', 'Asset not found')
  }
  res.statusCode = 200
  res.setHeader('Content-Type', mimeTypeOf(path.extname(file).slice(1)))
  res.setHeader('Content-Length', size)
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
  res.setHeader('X-Content-Type-Options', 'nosniff')
  if (download) res.setHeader('Content-Disposition', `attachment; filename="${file}"`)
  pipeline(createReadStream(filePath), res, () => undefined)
}
