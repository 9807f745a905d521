import 'server-only'

import { readFile } from 'node:fs/promises'

import { getEnv } from '@/lib/env'
import {
  assetFilePath,
  assetHeaders,
  assetIdOfFile,
  getLake,
  isAssetFileName,
  type AssetKind,
} from '@/lib/lake'

import { CONTENT_LAKE_TIMEOUT_MS } from './client-config'

/** An asset's bytes and MIME type. */
export interface Media {
  bytes: Buffer<ArrayBuffer>
  type: string
  /** Response headers (`assetHeaders`): MIME type, no sniffing, no script from an SVG. */
  headers: Record<string, string>
}

/**
 * The asset behind a `/media/<kind>s/<file>` URL, or null when there is none. Such relative
 * URLs are written by the embedded lake: in embedded mode the file is read from its data
 * directory; in Sanity mode they only come from the lake API standing in as the Content Lake
 * (`SANITY_API_HOST`), so the file is fetched from that API's `/<kind>s/:project/:dataset/`
 * endpoint, which answers 404 for a deleted asset too. Hosted assets have absolute
 * `cdn.sanity.io` URLs and never come here.
 */
export async function readMedia(kind: AssetKind, file: string): Promise<Media | null> {
  const env = getEnv()
  const headers = assetHeaders(file)
  if (env.mode === 'embedded') {
    const lake = getLake()
    const filePath = assetFilePath(lake.dataDir, kind, file)
    const id = assetIdOfFile(kind, file)
    // Deleting the asset document leaves the file on disk: it must stop being served.
    if (!filePath || !id || !lake.getDocuments([id])[0]) return null
    try {
      return { bytes: await readFile(filePath), type: headers['Content-Type'] ?? '', headers }
    } catch {
      return null
    }
  }
  if (!env.apiHost || !isAssetFileName(kind, file)) return null
  const url = `${env.apiHost}/${kind}s/${env.projectId}/${env.dataset}/${file}`
  const response = await fetch(url, { signal: AbortSignal.timeout(CONTENT_LAKE_TIMEOUT_MS) })
  if (!response.ok) return null
  return {
    bytes: Buffer.from(await response.arrayBuffer()),
    type: headers['Content-Type'] ?? '',
    headers,
  }
}
