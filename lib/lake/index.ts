import { existsSync } from 'node:fs'
import path from 'node:path'

import { prepareAsset, type PutAssetOptions } from './assets'
import { LakeDb } from './db'
import { applyMutations } from './mutate'
import { writeNdjsonExport, type ExportOptions, type ExportResult } from './ndjson-export'
import { prepareNdjsonImport, type ImportProgress } from './ndjson-import'
import { QueryEngine } from './query'
import { Snapshot } from './snapshot'
import type {
  LakeDocument,
  LakeMutation,
  LakeRevision,
  LakeTransaction,
  MutateOptions,
  MutateResult,
  Perspective,
} from './types'

export {
  assetFilePath,
  assetHeaders,
  assetIdOfFile,
  isAssetFileName,
  mimeTypeOf,
  type AssetKind,
  type PutAssetOptions,
} from './assets'
export { decodeNdjson, NdjsonLineError, parseNdjson, type ImportProgress } from './ndjson-import'
export type { ExportOptions, ExportResult } from './ndjson-export'
export * from './types'

/** Options of an import. */
export interface ImportOptions extends MutateOptions {
  /** `create` fails on existing ids (Sanity's default), `replace` overwrites, `missing` skips. */
  mode?: 'create' | 'replace' | 'missing'
  /** Write only if the lake holds no document yet (checked inside the write transaction). */
  onlyIfEmpty?: boolean
  onProgress?: (progress: ImportProgress) => void
}

/** Outcome of an import; `skipped` when `onlyIfEmpty` found documents. */
export interface ImportResult {
  transactionId: string
  documents: number
  assets: number
  skipped: boolean
}

/** The embedded Content Lake: one SQLite file plus an asset folder under `dataDir`. */
export interface Lake {
  readonly dataDir: string
  /**
   * GROQ query; `perspective` defaults to `published`; `hidePrivate` leaves out private ids (see
   * `isPrivateId`), as for an anonymous Content Lake request. Results are frozen: do not mutate.
   */
  query<T = unknown>(
    groq: string,
    params?: Record<string, unknown>,
    options?: QueryOptions,
  ): Promise<T>
  /** Raw documents by id (drafts by their `drafts.` id), `null` where missing, in order. */
  getDocuments(ids: string[]): (LakeDocument | null)[]
  /** Applies mutations as one transaction; throws `LakeError` and writes nothing on failure. */
  mutate(mutations: LakeMutation[], options?: MutateOptions): MutateResult
  /** Stores an image or file (deduplicated by content) and returns its asset document. */
  putAsset(buffer: Uint8Array, options: PutAssetOptions): LakeDocument
  /** Log entries with `seq > after`, oldest first (at most `limit`). */
  transactionsSince(after: number, limit?: number): LakeTransaction[]
  /** Seq of the last committed transaction (0 for an empty log): a cheap change detector. */
  headSeq(): number
  /** Stored states of one document by seq (oldest first unless `newestFirst`), for history. */
  revisions(id: string, options?: RevisionsOptions): LakeRevision[]
  /** A document as it was after the transaction `rev`; null if unknown or deleted there. */
  documentAtRevision(id: string, rev: string): LakeDocument | null
  /** Imports an NDJSON export file in one transaction (all or nothing). Synchronous. */
  importNdjson(file: string, options?: ImportOptions): ImportResult
  /** Writes `<dir>/data.ndjson` plus `images/` and `files/` in Sanity's export form. */
  exportNdjson(dir: string, options?: ExportOptions): Promise<ExportResult>
  close(): void
}

/** Options of `Lake.query`. */
export interface QueryOptions {
  perspective?: Perspective
  hidePrivate?: boolean
}

/** Bounds of `Lake.revisions`: seq strictly after `afterSeq` and strictly before `beforeSeq`. */
export interface RevisionsOptions {
  afterSeq?: number
  beforeSeq?: number
  limit?: number
  newestFirst?: boolean
}

/** Options of `openLake`. */
export interface OpenLakeOptions {
  dataDir: string
  /**
   * NDJSON file imported when the lake holds no document. Safe when several processes open the
   * same lake at once (parallel `next build` workers): only the first writer seeds.
   */
  seedFile?: string
}

/** Opens (creating if needed) the lake stored in `<dataDir>/lake.db`. */
export function openLake({ dataDir, seedFile }: OpenLakeOptions): Lake {
  const root = path.resolve(dataDir)
  const db = new LakeDb(path.join(root, 'lake.db'))
  const snapshot = new Snapshot(db)
  const engine = new QueryEngine(snapshot)

  const lake: Lake = {
    dataDir: root,
    async query<T>(groq: string, params: Record<string, unknown> = {}, options: QueryOptions = {}) {
      const perspective = options.perspective ?? 'published'
      return (await engine.query(groq, params, perspective, options.hidePrivate)) as T
    },
    getDocuments(ids) {
      snapshot.refresh()
      return ids.map((id) => snapshot.get(id) ?? null)
    },
    mutate(mutations, options) {
      return applyMutations(db, mutations, options)
    },
    putAsset(buffer, options) {
      const asset = prepareAsset(root, buffer, options)
      applyMutations(db, [{ createIfNotExists: asset }], { author: 'asset' })
      snapshot.refresh()
      return snapshot.get(asset._id) ?? asset
    },
    transactionsSince(after, limit = 1_000) {
      return db
        .statement('SELECT * FROM transactions WHERE seq > ? ORDER BY seq LIMIT ?')
        .all(after, limit)
        .map((row) => ({
          seq: Number(row.seq),
          id: String(row.id),
          timestamp: String(row.timestamp),
          author: row.author === null ? null : String(row.author),
          mutations: JSON.parse(String(row.mutations)),
          documentIds: JSON.parse(String(row.document_ids)),
        }))
    },
    headSeq() {
      return db.headSeq()
    },
    revisions(id, { afterSeq = 0, beforeSeq, limit = 10_000, newestFirst = false } = {}) {
      const order = newestFirst ? 'DESC' : 'ASC'
      return db
        .statement(
          `SELECT r.seq, r.rev, r.body, t.timestamp, t.author FROM revisions r
           JOIN transactions t ON t.seq = r.seq
           WHERE r.doc_id = ? AND r.seq > ? AND r.seq < ? ORDER BY r.seq ${order} LIMIT ?`,
        )
        .all(id, afterSeq, beforeSeq ?? Number.MAX_SAFE_INTEGER, limit)
        .map((row) => ({
          seq: Number(row.seq),
          transactionId: String(row.rev),
          timestamp: String(row.timestamp),
          author: row.author === null ? null : String(row.author),
          document: typeof row.body === 'string' ? JSON.parse(row.body) : null,
        }))
    },
    documentAtRevision(id, rev) {
      const row = db
        .statement('SELECT body FROM revisions WHERE doc_id = ? AND rev = ? ORDER BY seq DESC')
        .get(id, rev)
      return typeof row?.body === 'string' ? JSON.parse(row.body) : null
    },
    importNdjson(file, options) {
      return importSync(file, options)
    },
    async exportNdjson(dir, options) {
      const docs = await lake.query<LakeDocument[]>('*', {}, { perspective: 'raw' })
      return writeNdjsonExport(dir, docs, root, options)
    },
    close() {
      db.close()
    },
  }

  function importSync(file: string, options: ImportOptions = {}): ImportResult {
    const prepared = prepareNdjsonImport(file, root, options.onProgress)
    const kind = { create: 'create', replace: 'createOrReplace', missing: 'createIfNotExists' }[
      options.mode ?? 'create'
    ]
    const mutations = [
      ...prepared.assets.map((asset) => ({ createIfNotExists: asset })),
      ...prepared.documents.map((doc) => ({ [kind]: doc }) as LakeMutation),
    ]
    const total = prepared.documents.length
    options.onProgress?.({ phase: 'écriture', done: 0, total })
    const isEmpty = () => !db.statement('SELECT 1 AS found FROM documents LIMIT 1').get()
    const result = applyMutations(
      db,
      mutations,
      { transactionId: options.transactionId, author: options.author ?? 'import' },
      options.onlyIfEmpty ? isEmpty : undefined,
    )
    const skipped = result.documentIds.length === 0 && mutations.length > 0
    options.onProgress?.({ phase: 'écriture', done: skipped ? 0 : total, total })
    return {
      transactionId: result.transactionId,
      documents: skipped ? 0 : total,
      assets: prepared.assets.length,
      skipped,
    }
  }

  // Cheap pre-check; the authoritative emptiness test runs again under the write lock.
  if (seedFile && !db.statement('SELECT 1 AS found FROM documents LIMIT 1').get()) {
    try {
      if (existsSync(seedFile)) lake.importNdjson(seedFile, { onlyIfEmpty: true, author: 'seed' })
    } catch (error) {
      db.close()
      throw error
    }
  }
  return lake
}

let singleton: Lake | undefined

/**
 * The process-wide lake in `KIOSQUE_DATA_DIR` (default `<cwd>/.data`), seeded from
 * `content/demo/data.ndjson` on first open of an empty lake (a no-op while that file is absent).
 */
export function getLake(): Lake {
  singleton ??= openLake({
    dataDir: defaultDataDir(),
    seedFile: path.join(process.cwd(), 'content', 'demo', 'data.ndjson'),
  })
  return singleton
}

/** `KIOSQUE_DATA_DIR`, or `<cwd>/.data`: where `getLake()` and the content scripts store the lake. */
export function defaultDataDir(): string {
  return process.env.KIOSQUE_DATA_DIR || path.join(process.cwd(), '.data')
}
