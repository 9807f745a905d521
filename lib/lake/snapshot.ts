import type { LakeDb } from './db'
import { referenceSets } from './references'
import {
  isDraftOrVersionId,
  isPrivateId,
  publishedId,
  type LakeDocument,
  type Perspective,
} from './types'

/** The documents one perspective shows, with the lookups queries narrow on. */
export interface View {
  /** Sorted by `_id`, so results do not depend on write order or on which process loaded. */
  all: readonly LakeDocument[]
  byId: ReadonlyMap<string, LakeDocument>
  byType: ReadonlyMap<string, readonly LakeDocument[]>
  bySlug: ReadonlyMap<string, readonly LakeDocument[]>
  /** Documents holding a `_ref` to `id` anywhere: a superset for narrowing (built lazily). */
  referencing(id: string): readonly LakeDocument[]
  /**
   * Exactly the documents (of `type`, or of any type for '') on which groq-js's `references(id)`
   * is true, in `all`'s order (built lazily, see `references.ts`).
   */
  referencedBy(id: string, type: string): readonly LakeDocument[]
}

// Past this many changed documents, re-reading everything is cheaper than `IN (…)` batches.
const FULL_RELOAD_THRESHOLD = 2_000

/**
 * Per-process copy of every document, loaded once then caught up from the transaction log, so
 * writes by other processes (another Next worker, the HTTP API) show up on the next query.
 * Documents are deeply frozen: callers share them and must not mutate query results.
 */
export class Snapshot {
  private docs = new Map<string, LakeDocument>()
  private seq = -1
  private readonly views = new Map<string, View>()

  constructor(private readonly db: LakeDb) {}

  /** Last transaction seq reflected in memory. */
  get lastSeq(): number {
    return this.seq
  }

  /** Catches up with committed transactions; one indexed `max(seq)` read when nothing changed. */
  refresh(): void {
    if (this.seq >= 0 && this.db.headSeq() === this.seq) return
    this.db.readTransaction(() => {
      const head = this.db.headSeq()
      if (head === this.seq) return
      const changed = this.seq < 0 ? null : this.changedIds()
      if (changed === null || changed.size > FULL_RELOAD_THRESHOLD) this.loadAll()
      else this.reload(changed)
      this.seq = head
      this.views.clear()
    })
  }

  /** Raw documents by id (drafts under their `drafts.` id). */
  get(id: string): LakeDocument | undefined {
    return this.docs.get(id)
  }

  /** Number of raw documents. */
  get size(): number {
    return this.docs.size
  }

  /** The documents of `perspective` (without private ids when `hidePrivate`), built on first use. */
  view(perspective: Perspective, hidePrivate = false): View {
    const key = hidePrivate ? `${perspective}:public` : perspective
    let view = this.views.get(key)
    if (!view) {
      const docs = this.perspectiveDocs(perspective)
      view = buildView(hidePrivate ? docs.filter((doc) => !isPrivateId(doc._id)) : docs)
      this.views.set(key, view)
    }
    return view
  }

  private perspectiveDocs(perspective: Perspective): LakeDocument[] {
    const docs = [...this.docs.values()]
    if (perspective === 'raw') return docs
    const published = docs.filter((doc) => !isDraftOrVersionId(doc._id))
    if (perspective === 'published') return published
    // Sanity's previewDrafts: a draft stands in for its published document, under its id.
    const merged = new Map<string, LakeDocument>()
    for (const doc of published) merged.set(doc._id, overlay(doc, doc._id))
    for (const doc of docs) {
      if (doc._id.startsWith('drafts.')) merged.set(publishedId(doc._id), overlay(doc, doc._id))
    }
    return [...merged.values()]
  }

  private changedIds(): Set<string> {
    const rows = this.db
      .statement('SELECT document_ids FROM transactions WHERE seq > ? ORDER BY seq')
      .all(this.seq)
    const ids = new Set<string>()
    for (const row of rows) {
      for (const id of JSON.parse(String(row.document_ids)) as string[]) ids.add(id)
    }
    return ids
  }

  private loadAll(): void {
    const docs = new Map<string, LakeDocument>()
    for (const row of this.db.statement('SELECT id, body FROM documents').iterate()) {
      docs.set(String(row.id), deepFreeze(JSON.parse(String(row.body))))
    }
    this.docs = docs
  }

  private reload(ids: Set<string>): void {
    const list = [...ids]
    for (let start = 0; start < list.length; start += 500) {
      const batch = list.slice(start, start + 500)
      const rows = this.db
        .statement(`SELECT id, body FROM documents WHERE id IN (${batch.map(() => '?').join(',')})`)
        .all(...batch)
      const found = new Set<string>()
      for (const row of rows) {
        found.add(String(row.id))
        this.docs.set(String(row.id), deepFreeze(JSON.parse(String(row.body))))
      }
      for (const id of batch) if (!found.has(id)) this.docs.delete(id)
    }
  }
}

// Keyed by the stored (frozen, immutable) document: unchanged documents keep the same overlay
// object (and so the same reference sets, see `references.ts`) from one view rebuild to the next.
const overlays = new WeakMap<LakeDocument, LakeDocument>()

/** A document as the drafts perspective shows it: published id, `_originalId` the stored id. */
function overlay(doc: LakeDocument, originalId: string): LakeDocument {
  let shown = overlays.get(doc)
  if (!shown) {
    shown = deepFreeze({ ...doc, _id: publishedId(doc._id), _originalId: originalId })
    overlays.set(doc, shown)
  }
  return shown
}

function buildView(docs: LakeDocument[]): View {
  docs.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
  const byId = new Map<string, LakeDocument>()
  const byType = new Map<string, LakeDocument[]>()
  const bySlug = new Map<string, LakeDocument[]>()
  for (const doc of docs) {
    byId.set(doc._id, doc)
    push(byType, doc._type, doc)
    const slug = doc.slug
    if (slug && typeof slug === 'object' && 'current' in slug && typeof slug.current === 'string') {
      push(bySlug, slug.current, doc)
    }
  }
  let byRef: Map<string, LakeDocument[]> | undefined
  const exactByKey = new Map<string, readonly LakeDocument[]>()
  const referencing = (id: string) => {
    if (!byRef) {
      byRef = new Map()
      for (const doc of docs) for (const ref of referenceSets(doc).any) push(byRef, ref, doc)
    }
    return byRef.get(id) ?? []
  }
  // From the superset index (which narrowed queries build anyway after a write), kept per view.
  const referencedBy = (id: string, type: string) => {
    const key = `${type}\u0000${id}`
    let found = exactByKey.get(key)
    if (!found) {
      found = referencing(id).filter(
        (doc) => (!type || doc._type === type) && referenceSets(doc).exact.has(id),
      )
      exactByKey.set(key, found)
    }
    return found
  }
  return { all: docs, byId, byType, bySlug, referencing, referencedBy }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Freezes `value` and everything under it (already frozen subtrees are skipped). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
