import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { imageSize } from 'image-size'

import { LakeError, type LakeDocument } from './types'

/** Asset kinds, matching Sanity's `image@…` / `file@…` export prefixes. */
export type AssetKind = 'image' | 'file'

/** Options of `putAsset`. */
export interface PutAssetOptions {
  filename?: string
  kind: AssetKind
}

const FOLDER: Record<AssetKind, string> = { image: 'images', file: 'files' }

// Names we write ourselves: sha1, optional dimensions, lowercase extension. Nothing else passes.
const FILE_NAME: Record<AssetKind, RegExp> = {
  image: /^[a-f0-9]{40}-\d{1,6}x\d{1,6}\.[a-z0-9]{1,8}$/,
  file: /^[a-f0-9]{40}\.[a-z0-9]{1,8}$/,
}

const IMAGE_EXTENSION: Record<string, string> = { jpeg: 'jpg', tiff: 'tif' }

const MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  tif: 'image/tiff',
  bmp: 'image/bmp',
  ico: 'image/x-icon',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
  zip: 'application/zip',
}

/** MIME type of a file extension, `application/octet-stream` when unknown. */
export function mimeTypeOf(extension: string): string {
  return MIME[extension] ?? 'application/octet-stream'
}

/** True when `fileName` is exactly a name the lake writes for an asset of this kind. */
export function isAssetFileName(kind: AssetKind, fileName: string): boolean {
  return kind in FOLDER && FILE_NAME[kind].test(fileName)
}

/**
 * Id of the asset document a stored file belongs to (`<sha1>-<w>x<h>.<ext>` →
 * `image-<sha1>-<w>x<h>-<ext>`, `<sha1>.<ext>` → `file-<sha1>-<ext>`), null for other names.
 * Files stay on disk when their document is deleted; servers ask for the document first.
 */
export function assetIdOfFile(kind: AssetKind, fileName: string): string | null {
  if (!isAssetFileName(kind, fileName)) return null
  const dot = fileName.lastIndexOf('.')
  return `${kind}-${fileName.slice(0, dot)}-${fileName.slice(dot + 1)}`
}

// Uploaded files are written by editors, or by whoever stole an editor's session: served from
// the site's origin, an SVG (or any markup a browser would run) must not execute script there.
const SANDBOX = "default-src 'none'; style-src 'unsafe-inline'; sandbox"

/**
 * Response headers of a stored asset, for every server of `/media/…` and the lake API: the
 * MIME type by extension, never sniffed; a CSP sandbox, so that a document opened from it (an
 * SVG with `<script>`) runs in an opaque origin with no script; SVG is also sent as an
 * attachment, so that opening its URL downloads it (`<img>` ignores that header). PDF keeps
 * no sandbox: browsers refuse to show a sandboxed PDF, and its scripts never reach the origin.
 */
export function assetHeaders(fileName: string, options: { download?: boolean } = {}) {
  const extension = path.extname(fileName).slice(1)
  const type = mimeTypeOf(extension)
  const headers: Record<string, string> = {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
  }
  if (type !== 'application/pdf') headers['Content-Security-Policy'] = SANDBOX
  if (options.download || type === 'image/svg+xml') {
    headers['Content-Disposition'] = `attachment; filename="${fileName}"`
  }
  return headers
}

/**
 * Absolute path of a stored asset file, for the route serving `/media/<kind>s/<name>`.
 * Returns null unless `fileName` is exactly a name the lake writes (no traversal possible).
 */
export function assetFilePath(dataDir: string, kind: AssetKind, fileName: string): string | null {
  if (!isAssetFileName(kind, fileName)) return null
  return path.join(path.resolve(dataDir), 'assets', FOLDER[kind], fileName)
}

/**
 * Stores the bytes under `<dataDir>/assets/` (content-addressed, written once) and returns the
 * `sanity.imageAsset` / `sanity.fileAsset` document to create, in Content Lake's shape.
 */
export function prepareAsset(
  dataDir: string,
  buffer: Uint8Array,
  options: PutAssetOptions,
): LakeDocument {
  const sha1 = createHash('sha1').update(buffer).digest('hex')
  const original = options.filename ? path.basename(options.filename) : undefined
  const fromName = original ? path.extname(original).slice(1).toLowerCase() : ''
  let doc: LakeDocument
  let fileName: string
  if (options.kind === 'image') {
    let size: ReturnType<typeof imageSize>
    try {
      size = imageSize(buffer)
    } catch (error) {
      throw new LakeError(
        'invalid',
        `not a readable image (${original ?? sha1}): ${(error as Error).message}`,
      )
    }
    const type = size.type ?? fromName
    const extension = IMAGE_EXTENSION[type] ?? type
    const { width, height } = size
    fileName = `${sha1}-${width}x${height}.${extension}`
    doc = {
      _id: `image-${sha1}-${width}x${height}-${extension}`,
      _type: 'sanity.imageAsset',
      ...common(sha1, extension, buffer.byteLength, original, 'images', fileName),
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: {
          _type: 'sanity.imageDimensions',
          width,
          height,
          aspectRatio: width / height,
        },
      },
    }
  } else {
    const extension = /^[a-z0-9]{1,8}$/.test(fromName) ? fromName : 'bin'
    fileName = `${sha1}.${extension}`
    doc = {
      _id: `file-${sha1}-${extension}`,
      _type: 'sanity.fileAsset',
      ...common(sha1, extension, buffer.byteLength, original, 'files', fileName),
    }
  }
  const target = assetFilePath(dataDir, options.kind, fileName)
  if (!target) throw new LakeError('invalid', `unsupported asset extension in ${fileName}`)
  writeOnce(target, buffer)
  return doc
}

function common(
  sha1: string,
  extension: string,
  size: number,
  originalFilename: string | undefined,
  folder: string,
  fileName: string,
) {
  return {
    assetId: sha1,
    extension,
    mimeType: mimeTypeOf(extension),
    ...(originalFilename ? { originalFilename } : {}),
    sha1hash: sha1,
    size,
    path: `${folder}/${fileName}`,
    url: `/media/${folder}/${fileName}`,
  }
}

/** Content-addressed: an existing file already holds these bytes. Temp + rename is atomic. */
function writeOnce(target: string, buffer: Uint8Array): void {
  if (existsSync(target)) return
  mkdirSync(path.dirname(target), { recursive: true })
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`
  writeFileSync(temp, buffer)
  renameSync(temp, target)
}
