import { Mutation } from '@sanity/mutator'

import type { LakeDb } from './db'
import { assertDocumentId, randomTransactionId, resolveNewId } from './ids'
import {
  LakeError,
  type LakeDocument,
  type LakeMutation,
  type MutateOptions,
  type MutateResult,
} from './types'

type Operation = MutateResult['results'][number]['operation']

/** Documents read and written during one transaction, before they reach the tables. */
class WorkingSet {
  private readonly loaded = new Map<string, LakeDocument | null>()
  readonly current = new Map<string, LakeDocument | null>()

  constructor(private readonly db: LakeDb) {}

  get(id: string): LakeDocument | null {
    if (this.current.has(id)) return this.current.get(id) ?? null
    if (!this.loaded.has(id)) {
      const row = this.db.statement('SELECT body FROM documents WHERE id = ?').get(id)
      this.loaded.set(id, typeof row?.body === 'string' ? JSON.parse(row.body) : null)
    }
    return this.loaded.get(id) ?? null
  }

  set(id: string, doc: LakeDocument | null): void {
    this.get(id)
    this.current.set(id, doc)
  }
}

/**
 * Applies `mutations` as one transaction: every document it touches gets `_rev` = the
 * transaction id, the log and revision history are appended, and nothing is written if any
 * mutation fails (stale `ifRevisionID`, existing id on `create`, missing document on `patch`…).
 * `precondition` runs inside the transaction; when it returns false nothing is written.
 */
export function applyMutations(
  db: LakeDb,
  mutations: LakeMutation[],
  options: MutateOptions = {},
  precondition?: () => boolean,
): MutateResult {
  if (!Array.isArray(mutations)) throw new LakeError('invalid', 'mutations must be an array')
  const transactionId = options.transactionId ?? randomTransactionId()
  if (!/^[A-Za-z0-9_.-]{1,128}$/.test(transactionId)) {
    throw new LakeError('invalid', `invalid transaction id ${JSON.stringify(transactionId)}`)
  }
  // JSON round trip: callers keep their objects, undefined values vanish as over HTTP.
  let input: LakeMutation[]
  try {
    input = JSON.parse(JSON.stringify(mutations))
  } catch (error) {
    throw new LakeError('invalid', `mutations are not JSON: ${(error as Error).message}`)
  }

  return db.writeTransaction(() => {
    const known = db
      .statement('SELECT 1 AS found FROM transactions WHERE id = ?')
      .get(transactionId)
    if (known) throw new LakeError('conflict', `transaction id ${transactionId} already exists`)
    // Checked under the write lock, so "seed only an empty lake" holds across processes.
    if (precondition && !precondition()) return { transactionId, results: [], documentIds: [] }
    const now = new Date().toISOString()
    const work = new WorkingSet(db)
    const results: MutateResult['results'] = []
    input.forEach((mutation, index) => {
      const result = applyOne(work, mutation, index, transactionId, now)
      if (result) results.push(result)
    })
    const documentIds = [...work.current.keys()]
    if (documentIds.length > 0) writeTransaction(db, work, input, transactionId, now, options)
    return { transactionId, results, documentIds }
  })
}

function applyOne(
  work: WorkingSet,
  mutation: LakeMutation,
  index: number,
  rev: string,
  now: string,
): { id: string; operation: Operation } | null {
  const where = `mutation ${index}`
  if (!mutation || typeof mutation !== 'object')
    throw new LakeError('invalid', `${where}: not an object`)
  const kinds = Object.keys(mutation)
  if (kinds.length !== 1) throw new LakeError('invalid', `${where}: expected exactly one operation`)

  if ('create' in mutation) {
    const id = resolveNewId(mutation.create?._id)
    if (work.get(id))
      throw new LakeError('conflict', `Document by ID "${id}" already exists`, { id })
    work.set(id, stamp({ ...mutation.create, _id: id }, where, rev, now, undefined))
    return { id, operation: 'create' }
  }
  if ('createIfNotExists' in mutation) {
    const id = mutation.createIfNotExists?._id
    assertDocumentId(id, where)
    if (work.get(id)) return null
    work.set(id, stamp(mutation.createIfNotExists, where, rev, now, undefined))
    return { id, operation: 'create' }
  }
  if ('createOrReplace' in mutation) {
    const id = mutation.createOrReplace?._id
    assertDocumentId(id, where)
    const existing = work.get(id)
    work.set(id, stamp(mutation.createOrReplace, where, rev, now, existing?._createdAt))
    return { id, operation: existing ? 'update' : 'create' }
  }
  if ('delete' in mutation) {
    const id = mutation.delete?.id
    if (typeof id !== 'string') throw new LakeError('invalid', `${where}: delete needs an id`)
    if (!work.get(id)) return null
    work.set(id, null)
    return { id, operation: 'delete' }
  }
  if ('patch' in mutation) {
    const { id, ifRevisionID, ...operations } = mutation.patch ?? {}
    if (typeof id !== 'string') throw new LakeError('invalid', `${where}: patch needs an id`)
    const existing = work.get(id)
    if (!existing) throw new LakeError('notFound', `Document "${id}" not found`, { id })
    if (ifRevisionID !== undefined && existing._rev !== ifRevisionID) {
      throw new LakeError(
        'conflict',
        `Document "${id}" has revision ${existing._rev}, not the expected ${ifRevisionID}`,
        { id, expected: ifRevisionID, actual: existing._rev },
      )
    }
    let patched: LakeDocument | null
    try {
      patched = new Mutation({ mutations: [{ patch: { id, ...operations } }] }).apply(existing)
    } catch (error) {
      throw new LakeError('invalid', `${where}: patch failed: ${(error as Error).message}`, { id })
    }
    if (!patched || patched._id !== id) {
      throw new LakeError('invalid', `${where}: a patch cannot change _id`, { id })
    }
    work.set(id, stamp(patched, where, rev, now, existing._createdAt))
    return { id, operation: 'update' }
  }
  throw new LakeError('invalid', `${where}: unsupported operation "${kinds[0]}"`)
}

/** Validates a document and sets the system fields the way Content Lake does. */
function stamp(
  doc: Partial<LakeDocument> | undefined,
  where: string,
  rev: string,
  now: string,
  createdAt: string | undefined,
): LakeDocument {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new LakeError('invalid', `${where}: document must be an object`)
  }
  assertDocumentId(doc._id, where)
  if (typeof doc._type !== 'string' || doc._type === '') {
    throw new LakeError('invalid', `${where}: document "${doc._id}" needs a string _type`)
  }
  // Content Lake keeps a given _createdAt (imports rely on it) and always owns _updatedAt/_rev.
  const created = createdAt ?? (typeof doc._createdAt === 'string' ? doc._createdAt : now)
  return { ...doc, _id: doc._id, _type: doc._type, _createdAt: created, _updatedAt: now, _rev: rev }
}

function writeTransaction(
  db: LakeDb,
  work: WorkingSet,
  mutations: LakeMutation[],
  transactionId: string,
  now: string,
  options: MutateOptions,
): void {
  const ids = [...work.current.keys()]
  const { lastInsertRowid } = db
    .statement(
      'INSERT INTO transactions (id, timestamp, author, mutations, document_ids) VALUES (?, ?, ?, ?, ?)',
    )
    .run(transactionId, now, options.author ?? null, JSON.stringify(mutations), JSON.stringify(ids))
  const upsert = db.statement(
    `INSERT INTO documents (id, type, rev, slug, created_at, updated_at, body)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET type = excluded.type, rev = excluded.rev, slug = excluded.slug,
       created_at = excluded.created_at, updated_at = excluded.updated_at, body = excluded.body`,
  )
  const remove = db.statement('DELETE FROM documents WHERE id = ?')
  const revision = db.statement(
    'INSERT INTO revisions (doc_id, seq, rev, body) VALUES (?, ?, ?, ?)',
  )
  for (const [id, doc] of work.current) {
    const body = doc ? JSON.stringify(doc) : null
    if (doc && body) {
      upsert.run(id, doc._type, transactionId, slugOf(doc), doc._createdAt ?? now, now, body)
    } else {
      remove.run(id)
    }
    revision.run(id, lastInsertRowid, transactionId, body)
  }
}

function slugOf(doc: LakeDocument): string | null {
  const slug = doc.slug
  if (slug && typeof slug === 'object' && 'current' in slug && typeof slug.current === 'string') {
    return slug.current
  }
  return null
}
