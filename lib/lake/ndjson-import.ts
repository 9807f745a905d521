import { readFileSync } from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import { prepareAsset, type AssetKind } from './assets'
import { LakeError, type LakeDocument } from './types'

/** Progress of an import, for CLI output. */
export interface ImportProgress {
  phase: 'lecture' | 'assets' | 'écriture'
  done: number
  total: number
}

/** What an NDJSON file turns into before being written in one transaction. */
export interface PreparedImport {
  documents: LakeDocument[]
  assets: LakeDocument[]
}

/** A malformed NDJSON line: `message` is French for users, `reason` precise for logs. */
export class NdjsonLineError extends LakeError {
  readonly line: number
  readonly reason: string

  constructor(line: number, french: string, reason: string) {
    super('invalid', `Ligne ${line} : ${french} (${reason})`, { line, reason })
    this.name = 'NdjsonLineError'
    this.line = line
    this.reason = reason
  }
}

const DOCUMENT_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/

// Schema type names as Sanity accepts them (`article`, `sanity.imageAsset`): no markup, no space.
const TYPE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/

const lineSchema = z.looseObject({
  _id: z.string().regex(DOCUMENT_ID, 'identifiant de document invalide'),
  _type: z.string().min(1, '_type vide').regex(TYPE_NAME, 'nom de type invalide'),
})

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Decodes an NDJSON file as strict UTF-8. A lenient decode would import U+FFFD in place of the
 * bad bytes without a word; this names the first line holding them instead.
 */
export function decodeNdjson(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes)
  } catch {
    let start = 0
    let line = 1
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue
      try {
        utf8.decode(bytes.subarray(start, i))
      } catch {
        throw new NdjsonLineError(line, 'caractères mal encodés (UTF-8 attendu)', 'invalid UTF-8')
      }
      start = i + 1
      line++
    }
    throw new NdjsonLineError(line, 'caractères mal encodés (UTF-8 attendu)', 'invalid UTF-8')
  }
}

const SANITY_ASSET = /^(image|file)@(.+)$/

/** Parses NDJSON text into documents, rejecting the first malformed line by its number. */
export function parseNdjson(text: string): { line: number; doc: LakeDocument }[] {
  const docs: { line: number; doc: LakeDocument }[] = []
  const seen = new Map<string, number>()
  text.split('\n').forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      throw new NdjsonLineError(line, 'JSON invalide', (error as Error).message)
    }
    const parsed = lineSchema.safeParse(value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const field = String(issue?.path[0] ?? '')
      const isObject = value !== null && typeof value === 'object' && !Array.isArray(value)
      const french = !isObject
        ? 'un document JSON (objet) est attendu'
        : (value as Record<string, unknown>)[field] === undefined
          ? `champ « ${field} » manquant`
          : `champ « ${field} » invalide`
      throw new NdjsonLineError(line, french, `${field || 'line'}: ${issue?.message ?? 'invalid'}`)
    }
    const doc = parsed.data as LakeDocument
    const previous = seen.get(doc._id)
    if (previous !== undefined) {
      throw new NdjsonLineError(
        line,
        `identifiant « ${doc._id} » déjà présent ligne ${previous}`,
        `duplicate _id ${doc._id}`,
      )
    }
    seen.set(doc._id, line)
    docs.push({ line, doc })
  })
  return docs
}

/**
 * Reads an export-format NDJSON file: validates every line, uploads each `_sanityAsset`
 * (`image@file://./images/x.png`, relative to the file's folder) into `dataDir` and replaces it
 * with `asset: {_type: 'reference', _ref}`, as `sanity dataset import` does. Synchronous, so
 * `getLake()` can seed before returning.
 */
export function prepareNdjsonImport(
  file: string,
  dataDir: string,
  onProgress?: (progress: ImportProgress) => void,
): PreparedImport {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    throw new LakeError('notFound', `Fichier illisible : ${file} (${(error as Error).message})`)
  }
  const entries = parseNdjson(decodeNdjson(bytes))
  onProgress?.({ phase: 'lecture', done: entries.length, total: entries.length })

  const folder = path.dirname(path.resolve(file))
  const assets = new Map<string, LakeDocument>()
  const byFile = new Map<string, string>()
  const pending: { line: number; holder: Record<string, unknown>; kind: AssetKind; url: string }[] =
    []
  for (const { line, doc } of entries) {
    visit(doc, (holder) => {
      const spec = holder._sanityAsset
      const match = typeof spec === 'string' ? SANITY_ASSET.exec(spec) : null
      if (!match) {
        throw new NdjsonLineError(
          line,
          'référence d’asset illisible',
          `_sanityAsset ${String(spec)}`,
        )
      }
      pending.push({ line, holder, kind: match[1] as AssetKind, url: match[2]! })
    })
  }
  for (const [index, { line, holder, kind, url }] of pending.entries()) {
    const source = localPath(folder, url, line)
    let assetId = byFile.get(`${kind}:${source}`)
    if (!assetId) {
      let buffer: Buffer
      try {
        buffer = readFileSync(source)
      } catch (error) {
        throw new NdjsonLineError(
          line,
          `fichier d’asset introuvable : ${url}`,
          (error as Error).message,
        )
      }
      let asset: LakeDocument
      try {
        asset = prepareAsset(dataDir, buffer, { kind, filename: path.basename(source) })
      } catch (error) {
        throw new NdjsonLineError(line, `asset illisible : ${url}`, (error as Error).message)
      }
      assetId = asset._id
      assets.set(assetId, assets.get(assetId) ?? asset)
      byFile.set(`${kind}:${source}`, assetId)
    }
    delete holder._sanityAsset
    holder.asset = { _type: 'reference', _ref: assetId }
    onProgress?.({ phase: 'assets', done: index + 1, total: pending.length })
  }
  return { documents: entries.map((entry) => entry.doc), assets: [...assets.values()] }
}

/** Calls `onAsset` for every object holding a `_sanityAsset` key. */
function visit(value: unknown, onAsset: (holder: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) visit(item, onAsset)
  } else if (value && typeof value === 'object') {
    const holder = value as Record<string, unknown>
    if ('_sanityAsset' in holder) onAsset(holder)
    for (const child of Object.values(holder)) visit(child, onAsset)
  }
}

// Only files inside the NDJSON folder: an import must not read arbitrary paths of the machine.
function localPath(folder: string, url: string, line: number): string {
  if (!url.startsWith('file://')) {
    throw new NdjsonLineError(line, `seuls les assets locaux sont acceptés : ${url}`, 'not file://')
  }
  const target = path.resolve(folder, decodeURIComponent(url.slice('file://'.length)))
  if (target !== folder && !target.startsWith(folder + path.sep)) {
    throw new NdjsonLineError(line, `asset hors du dossier du fichier : ${url}`, 'path traversal')
  }
  return target
}
