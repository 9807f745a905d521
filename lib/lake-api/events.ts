import { z } from 'zod'

import { publishedId, type LakeDocument, type LakeRevision } from '@/lib/lake'

import type { RouteCall } from './context'
import { ApiError, parseWith, sendJson } from './http'
import { idsOf } from './history'

/** One transaction of a document group (published id and its draft), with both states around it. */
interface GroupStep {
  seq: number
  transactionId: string
  timestamp: string
  author: string
  draft?: State
  published?: State
}

/** A document around one transaction; `touched` false when the transaction left it alone. */
interface State {
  before: LakeDocument | null
  after: LakeDocument | null
  touched: boolean
}

/** A document group event, as the Studio's history timeline reads them (`DocumentGroupEvent`). */
type GroupEvent = Record<string, unknown> & { type: string; timestamp: string }

const limitParam = z.coerce.number().int().min(1).max(1000)
const cursorParam = z.coerce.number().int().min(0)

/**
 * `GET /data/history/:dataset/events/documents/:id` → `{events: {[id]: events}, nextCursor}`:
 * what the Studio's history panel (Sanity 6.9, `beta.eventsAPI.documents`, on by default) lists,
 * newest first. Derived from the transaction log of the document group (`x` and `drafts.x`):
 * `createDocumentVersion` when a draft appears, `publishDocumentVersion` when the published
 * document is written (by the publish action: the draft's last revision is `versionRevisionId`),
 * `deleteDocumentVersion` when a draft is discarded, `unpublishDocument` and
 * `deleteDocumentGroup`. Edits are not events: the Studio reads them from the transactions
 * endpoint, from the newest event's `versionRevisionId` on. Release versions have no events here
 * (releases are off in embedded mode). `limit` (default 100) and the opaque `nextCursor` page.
 */
export function handleDocumentEvents(call: RouteCall, id: string): void {
  const [requested] = idsOf(call, id)
  if (!requested || id.includes(',')) {
    throw new ApiError(400, 'validationError', 'One document id expected')
  }
  const search = call.url.searchParams
  const limit = search.has('limit') ? parseWith(limitParam, search.get('limit')) : 100
  const offset = search.get('nextCursor') ? parseWith(cursorParam, search.get('nextCursor')) : 0
  const all = isVersionId(requested) ? [] : groupEvents(call, publishedId(requested)).reverse()
  const page = all.slice(offset, offset + limit)
  const nextCursor = offset + limit < all.length ? String(offset + limit) : ''
  sendJson(call.res, 200, { events: { [requested]: page }, nextCursor })
}

function isVersionId(id: string): boolean {
  return id.startsWith('versions.')
}

/** Events of the group `published`, oldest first. */
export function groupEvents(call: RouteCall, published: string): GroupEvent[] {
  const draftId = `drafts.${published}`
  const steps = new Map<number, GroupStep>()
  const follow = (id: string, key: 'draft' | 'published') => {
    let before: LakeDocument | null = null
    for (const revision of call.lake.revisions(id)) {
      const step = steps.get(revision.seq) ?? newStep(revision)
      step[key] = { before, after: revision.document, touched: true }
      steps.set(revision.seq, step)
      before = revision.document
    }
  }
  follow(draftId, 'draft')
  follow(published, 'published')
  const events: GroupEvent[] = []
  let draftNow: LakeDocument | null = null
  let publishedNow: LakeDocument | null = null
  for (const step of [...steps.values()].sort((a, b) => a.seq - b.seq)) {
    step.draft ??= { before: draftNow, after: draftNow, touched: false }
    step.published ??= { before: publishedNow, after: publishedNow, touched: false }
    const event = eventOf(step, published, draftId)
    if (event) events.push(event)
    draftNow = step.draft.after
    publishedNow = step.published.after
  }
  return events
}

function newStep(revision: LakeRevision): GroupStep {
  return {
    seq: revision.seq,
    transactionId: revision.transactionId,
    timestamp: revision.timestamp,
    author: revision.author ?? '',
  }
}

/** The event one transaction means for the group, if any (plain edits mean none). */
function eventOf(step: GroupStep, published: string, draftId: string): GroupEvent | null {
  const base = {
    id: step.transactionId,
    documentId: published,
    timestamp: step.timestamp,
    author: step.author,
  }
  const draft = step.draft ?? { before: null, after: null, touched: false }
  const pub = step.published ?? { before: null, after: null, touched: false }
  const draftRev = (doc: LakeDocument | null) =>
    typeof doc?._rev === 'string' ? doc._rev : step.transactionId
  if (pub.touched && pub.after) {
    const fromDraft = draft.touched && draft.before && !draft.after
    return {
      ...base,
      type: 'publishDocumentVersion',
      versionId: draftId,
      revisionId: step.transactionId,
      // Only a publish from the draft has one: the draft's last revision, where its edits end.
      ...(fromDraft ? { versionRevisionId: draftRev(draft.before) } : {}),
      publishCause: 'document.publish',
    }
  }
  if (pub.touched && pub.before && !pub.after) {
    // Unpublishing keeps the content as a draft (created now, or already there).
    if (draft.after) {
      return {
        ...base,
        type: 'unpublishDocument',
        versionId: draftId,
        versionRevisionId: draftRev(draft.after),
      }
    }
    return { ...base, type: 'deleteDocumentGroup' }
  }
  if (!draft.touched) return null
  if (!draft.before && draft.after) {
    return {
      ...base,
      type: 'createDocumentVersion',
      versionId: draftId,
      versionRevisionId: step.transactionId,
    }
  }
  if (draft.before && !draft.after) {
    return {
      ...base,
      type: 'deleteDocumentVersion',
      versionId: draftId,
      versionRevisionId: step.transactionId,
    }
  }
  return null
}
