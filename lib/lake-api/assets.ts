import { createReadStream, statSync } from 'node:fs'
import { pipeline } from 'node:stream'

import { z } from 'zod'

import { assetFilePath, assetHeaders, assetIdOfFile, type AssetKind } from '@/lib/lake'

import type { OpenCall, RouteCall } from './context'
import { ApiError, ASSET_BODY_LIMIT, parseWith, readBody, sendJson } from './http'

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
 * `auto`…) are ignored: the original is served, which browsers scale. A file whose asset
 * document was deleted is gone (404), though its bytes stay on disk; headers from
 * `assetHeaders` keep an uploaded SVG from running script.
 */
export function serveAsset(call: OpenCall, kind: AssetKind, file: string): void {
  const filePath = assetFilePath(call.ctx.lake.dataDir, kind, file)
  const id = assetIdOfFile(kind, file)
  let size: number
  try {
    if (!filePath || !id || !call.lake.getDocuments([id])[0]) throw new Error('no asset')
    size = statSync(filePath).size
  } catch {
    throw new ApiError(404, 'notFoundError', 'Asset not found')
  }
  const { res } = call
  res.statusCode = 200
  const headers = assetHeaders(file, { download: call.url.searchParams.has('dl') })
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  res.setHeader('Content-Length', size)
  // Content-addressed, but a deleted asset must stop being served: revalidated after a day.
  res.setHeader('Cache-Control', 'public, max-age=86400')
  pipeline(createReadStream(filePath), res, () => undefined)
}
