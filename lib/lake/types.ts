/** A stored document: Sanity's system fields plus any JSON attributes. */
export interface LakeDocument {
  _id: string
  _type: string
  _rev?: string
  _createdAt?: string
  _updatedAt?: string
  [attribute: string]: unknown
}

/** A document being created: `_id` may be omitted or end with `.` (a generated id under that path). */
export type NewDocument = Omit<LakeDocument, '_id'> & { _id?: string }

/** Patch operations, in Sanity's HTTP mutation form (keys are JSONMatch paths). */
export interface PatchOperations {
  set?: Record<string, unknown>
  setIfMissing?: Record<string, unknown>
  unset?: string[]
  inc?: Record<string, number>
  dec?: Record<string, number>
  insert?:
    | { before: string; items: unknown[] }
    | { after: string; items: unknown[] }
    | { replace: string; items: unknown[] }
  diffMatchPatch?: Record<string, string>
}

/** One mutation of a transaction, exactly as the Sanity mutate API accepts it (by id only). */
export type LakeMutation =
  | { create: NewDocument }
  | { createIfNotExists: LakeDocument }
  | { createOrReplace: LakeDocument }
  | { delete: { id: string } }
  | { patch: PatchOperations & { id: string; ifRevisionID?: string } }

/** Options of one mutate call. */
export interface MutateOptions {
  /** Becomes `_rev` of every touched document; random when omitted. Must be unique. */
  transactionId?: string
  /** Free-form author recorded in the transaction log (user id, `import`, `seed`…). */
  author?: string
}

/** Response of a mutate call, shaped like Sanity's `/data/mutate` with `returnIds`. */
export interface MutateResult {
  transactionId: string
  results: { id: string; operation: 'create' | 'update' | 'delete' }[]
  documentIds: string[]
}

/** An entry of the transaction log. */
export interface LakeTransaction {
  seq: number
  id: string
  timestamp: string
  author: string | null
  mutations: LakeMutation[]
  documentIds: string[]
}

/** `drafts` is Sanity's `previewDrafts`/`drafts`; `raw` shows every document as stored. */
export type Perspective = 'published' | 'drafts' | 'raw'

/** Error codes, mapped by HTTP layers: conflict → 409, notFound → 404, invalid → 400. */
export type LakeErrorCode = 'conflict' | 'notFound' | 'invalid'

/** Typed error of every lake operation that fails for a reason the caller can act on. */
export class LakeError extends Error {
  readonly code: LakeErrorCode
  readonly details?: Record<string, unknown>

  constructor(code: LakeErrorCode, message: string, details?: Record<string, unknown>) {
    super(message)
    this.name = 'LakeError'
    this.code = code
    this.details = details
  }
}

/** True for ids that the published perspective hides (drafts and release versions). */
export function isDraftOrVersionId(id: string): boolean {
  return id.startsWith('drafts.') || id.startsWith('versions.')
}

/**
 * True for ids under a path other than `drafts.`/`versions.` (`comment.x`, `drafts.comment.x`):
 * Content Lake only shows those to authenticated requests.
 */
export function isPrivateId(id: string): boolean {
  const base = id.startsWith('drafts.')
    ? id.slice('drafts.'.length)
    : id.startsWith('versions.')
      ? id.split('.').slice(2).join('.')
      : id
  return base.includes('.')
}

/** A stored state of a document: after transaction `transactionId`; `document` null if deleted. */
export interface LakeRevision {
  seq: number
  transactionId: string
  timestamp: string
  author: string | null
  document: LakeDocument | null
}

/** The published id of a draft id (`drafts.x` → `x`); other ids unchanged. */
export function publishedId(id: string): string {
  return id.startsWith('drafts.') ? id.slice('drafts.'.length) : id
}
