import { z } from 'zod'

import { isPrivateId, type LakeDocument, type LakeRevision } from '@/lib/lake'

import { seesPrivate } from './auth'
import type { RouteCall } from './context'
import { ApiError, flag, parseWith, sendJson } from './http'
import { mutationsFor } from './listen-hub'
import { mendozaEffects } from './mendoza'

/** Ids of a history request, refusing private ones to anonymous requesters. */
export function idsOf(call: RouteCall, list: string): string[] {
  const ids = list.split(',').filter(Boolean)
  if (ids.length === 0 || ids.length > 100) {
    throw new ApiError(400, 'validationError', 'Between 1 and 100 document ids expected')
  }
  if (!seesPrivate(call.requester)) {
    const hidden = ids.find(isPrivateId)
    if (hidden)
      throw new ApiError(403, 'permissionDenied', `Insufficient permissions on "${hidden}"`)
  }
  return ids
}

interface Entry {
  seq: number
  id: string
  timestamp: string
  author: string
  effects: Record<string, { apply: unknown[]; revert: unknown[] }>
  touched: Set<string>
}

const limitParam = z.coerce.number().int().min(1).max(10_000)

/**
 * `GET /data/history/:dataset/transactions/:ids` → NDJSON, one line per transaction that touched
 * any of the documents: `{id, timestamp, author, documentIDs, effects?, mutations?}`. Supports
 * `fromTransaction`/`toTransaction` (inclusive), `fromTime`/`toTime`, `reverse`, `limit`,
 * `effectFormat=mendoza`, `excludeMutations`/`excludeContent`, `includeIdentifiedDocumentsOnly`.
 */
export function handleTransactions(call: RouteCall, list: string): void {
  const ids = idsOf(call, list)
  const search = call.url.searchParams
  const entries = new Map<number, Entry>()
  for (const id of ids) {
    let previous: LakeDocument | null = null
    for (const revision of call.lake.revisions(id)) {
      const entry = entries.get(revision.seq) ?? newEntry(revision)
      entry.touched.add(id)
      if (search.get('effectFormat') === 'mendoza') {
        entry.effects[id] = mendozaEffects(previous, revision.document)
      }
      entries.set(revision.seq, entry)
      previous = revision.document
    }
  }
  let selected = [...entries.values()].sort((a, b) => a.seq - b.seq)
  const bySeq = (param: string) => {
    const value = search.get(param)
    if (!value) return undefined
    const found = selected.find((entry) => entry.id === value)
    if (!found) throw new ApiError(404, 'notFoundError', `Transaction "${value}" not found`)
    return found.seq
  }
  const from = bySeq('fromTransaction')
  const to = bySeq('toTransaction')
  const fromTime = search.get('fromTime')
  const toTime = search.get('toTime')
  selected = selected.filter(
    (entry) =>
      (from === undefined || entry.seq >= from) &&
      (to === undefined || entry.seq <= to) &&
      (!fromTime || entry.timestamp >= fromTime) &&
      (!toTime || entry.timestamp <= toTime),
  )
  if (flag(search.get('reverse'))) selected.reverse()
  const limit = search.get('limit')
  if (limit) selected = selected.slice(0, parseWith(limitParam, limit))

  const onlyIdentified = flag(search.get('includeIdentifiedDocumentsOnly'))
  const withMutations = !flag(search.get('excludeMutations')) && !flag(search.get('excludeContent'))
  const lines = selected.map((entry) => {
    const needLog = withMutations || !onlyIdentified
    const transaction = needLog ? call.lake.transactionsSince(entry.seq - 1, 1)[0] : undefined
    const documentIDs = onlyIdentified ? [...entry.touched] : (transaction?.documentIds ?? [])
    const line: Record<string, unknown> = {
      id: entry.id,
      timestamp: entry.timestamp,
      author: entry.author,
      documentIDs,
    }
    if (Object.keys(entry.effects).length > 0) line.effects = entry.effects
    if (withMutations && transaction) {
      line.mutations = onlyIdentified
        ? documentIDs.flatMap((id) => mutationsFor(transaction, id))
        : transaction.mutations
    }
    return JSON.stringify(line)
  })
  call.res.statusCode = 200
  call.res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8')
  call.res.setHeader('Cache-Control', 'no-store')
  call.res.end(lines.length > 0 ? `${lines.join('\n')}\n` : '')
}

function newEntry(revision: LakeRevision): Entry {
  return {
    seq: revision.seq,
    id: revision.transactionId,
    timestamp: revision.timestamp,
    author: revision.author ?? '',
    effects: {},
    touched: new Set(),
  }
}

/**
 * `GET /data/history/:dataset/documents/:ids` with `revision=<transaction id>`, `time=<ISO>` or
 * `lastRevision=true` → `{documents}`: each document as it stood then (absent if it did not
 * exist), like the doc endpoint.
 */
export function handleDocumentsAt(call: RouteCall, list: string): void {
  const ids = idsOf(call, list)
  const search = call.url.searchParams
  const revision = search.get('revision')
  const time = search.get('time')
  const last = flag(search.get('lastRevision'))
  if ([revision, time, last || null].filter(Boolean).length !== 1) {
    throw new ApiError(
      400,
      'validationError',
      'Exactly one of revision, time, lastRevision expected',
    )
  }
  const histories = ids.map((id) => call.lake.revisions(id))
  let pick: (history: LakeRevision[]) => LakeRevision | undefined
  if (revision) {
    const seq = histories.flat().find((entry) => entry.transactionId === revision)?.seq
    if (seq === undefined)
      throw new ApiError(404, 'notFoundError', `Revision "${revision}" not found`)
    pick = (history) => history.findLast((entry) => entry.seq <= seq)
  } else if (time) {
    const at = Date.parse(time)
    if (Number.isNaN(at)) throw new ApiError(400, 'validationError', 'time must be an ISO date')
    pick = (history) => history.findLast((entry) => Date.parse(entry.timestamp) <= at)
  } else {
    pick = (history) => history.findLast((entry) => entry.document !== null)
  }
  const documents = histories.flatMap((history) => pick(history)?.document ?? [])
  sendJson(call.res, 200, { documents })
}
