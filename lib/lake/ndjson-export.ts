import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { assetFilePath, type AssetKind } from './assets'
import { isDraftOrVersionId, type LakeDocument } from './types'

/** Options of an export. */
export interface ExportOptions {
  /** Include `drafts.` documents (default true, like `sanity dataset export`). */
  drafts?: boolean
}

/** Counts of an export. */
export interface ExportResult {
  documents: number
  assets: number
  file: string
}

const ASSET_TYPES: Record<string, AssetKind> = {
  'sanity.imageAsset': 'image',
  'sanity.fileAsset': 'file',
}

/** True for `sanity.imageAsset` / `sanity.fileAsset` documents, which exports leave out. */
export function isAssetDocument(doc: LakeDocument): boolean {
  return doc._type in ASSET_TYPES
}

/**
 * Writes `docs` to `<dir>/data.ndjson` in `sanity dataset export` form: asset documents are
 * left out, each `asset` reference becomes `_sanityAsset: "image@file://./images/<name>"` and
 * the file is copied to `<dir>/images/` (or `files/`), so both `sanity dataset import` and
 * our own import read it back.
 */
export async function writeNdjsonExport(
  dir: string,
  docs: readonly LakeDocument[],
  dataDir: string,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const assetsById = new Map<string, LakeDocument>()
  for (const doc of docs) if (isAssetDocument(doc)) assetsById.set(doc._id, doc)
  const used = new Map<string, { kind: AssetKind; fileName: string }>()
  const lines: string[] = []
  for (const doc of docs) {
    if (isAssetDocument(doc)) continue
    if (options.drafts === false && isDraftOrVersionId(doc._id)) continue
    lines.push(JSON.stringify(rewriteAssets(doc, assetsById, used)))
  }
  await mkdir(dir, { recursive: true })
  for (const { kind, fileName } of used.values()) {
    const source = assetFilePath(dataDir, kind, fileName)
    if (!source) continue
    const folder = path.join(dir, kind === 'image' ? 'images' : 'files')
    await mkdir(folder, { recursive: true })
    await copyFile(source, path.join(folder, fileName))
  }
  const file = path.join(dir, 'data.ndjson')
  await writeFile(file, lines.length ? `${lines.join('\n')}\n` : '')
  return { documents: lines.length, assets: used.size, file }
}

function rewriteAssets(
  value: unknown,
  assetsById: Map<string, LakeDocument>,
  used: Map<string, { kind: AssetKind; fileName: string }>,
): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteAssets(item, assetsById, used))
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value))
    out[key] = rewriteAssets(child, assetsById, used)
  const ref = (out.asset as { _ref?: unknown } | undefined)?._ref
  const asset = typeof ref === 'string' ? assetsById.get(ref) : undefined
  const kind = asset ? ASSET_TYPES[asset._type] : undefined
  const fileName = typeof asset?.path === 'string' ? path.posix.basename(asset.path) : undefined
  if (!asset || !kind || !fileName) return out
  used.set(asset._id, { kind, fileName })
  const { asset: _omitted, ...rest } = out
  void _omitted
  const folder = kind === 'image' ? 'images' : 'files'
  return { ...rest, _sanityAsset: `${kind}@file://./${folder}/${fileName}` }
}
