import { randomUUID } from 'node:crypto'

import { evaluate, parse, type ExprNode } from 'groq-js'

import type { LakeDocument, LakeTransaction } from '@/lib/lake'

import { seesPrivate } from './auth'
import type { RouteCall } from './context'
import { paramsOf } from './data'
import { ApiError, flag } from './http'
import { mutationsFor, type DocumentChange, type ListenHub } from './listen-hub'
import { assertQueryShape } from './query-pool'
import { readableChanges } from './visibility'

const HEARTBEAT_MS = 20_000

/**
 * `GET /data/listen/:dataset?query=…` as Server-Sent Events: `welcome` (or `welcomeback` when
 * `enableResume` and `Last-Event-ID` allow a resume), then one `mutation` event per document
 * of each transaction that matched the filter before or after it. `channelError` on a bad
 * filter. Event ids are `<seq>:<index>`, the resume position.
 */
export function handleListen(call: RouteCall, hub: ListenHub): void {
  const { url, res, req } = call
  const search = url.searchParams
  res.statusCode = 200
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8')
  res.setHeader('Cache-Control', 'no-cache, no-transform')
  res.setHeader('X-Accel-Buffering', 'no')
  // Connection-specific headers are forbidden in HTTP/2.
  if (req.httpVersion.startsWith('1')) res.setHeader('Connection', 'keep-alive')
  const send = (event: string, data: unknown, id?: string) =>
    res.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)

  const query = search.get('query') ?? ''
  let tree: ExprNode
  let params: Record<string, unknown>
  try {
    // Filters run on the event loop, one document at a time: no absurd nesting either.
    assertQueryShape(query)
    tree = parse(query)
    params = paramsOf(search)
  } catch (error) {
    const position = Number((error as { position?: unknown }).position ?? 0)
    const description = (error as Error).message
    const type = error instanceof ApiError ? error.type : 'queryParseError'
    send('channelError', {
      message: description,
      error: { description, type, query, start: position, end: position + 1 },
    })
    res.end()
    return
  }

  const options = {
    // `@sanity/client` leaves false options out of the URL: absent means false.
    includeResult: flag(search.get('includeResult')),
    includePreviousRevision: flag(search.get('includePreviousRevision')),
    includeMutations: flag(search.get('includeMutations'), true),
    includeAllVersions: flag(search.get('includeAllVersions')),
    mendoza: search.get('effectFormat') === 'mendoza',
    private: seesPrivate(call.requester),
  }
  const matches = async (doc: LakeDocument | null): Promise<boolean> => {
    if (!doc) return false
    if (!options.includeAllVersions && doc._id.startsWith('versions.')) return false
    const result = await (await evaluate(tree, { dataset: [doc], params })).get()
    return Array.isArray(result) ? result.length > 0 : result !== null && result !== undefined
  }

  const resume = resumePosition(req.headers['last-event-id'], flag(search.get('enableResume')))
  const listenerName = `kiosque-${randomUUID()}`
  let position = hub.head
  let skipUpTo = -1
  if (resume && resume.seq <= hub.head) {
    position = resume.seq - 1
    skipUpTo = resume.index
    send('welcomeback', { listenerName })
  } else {
    if (resume) send('reset', {})
    send('welcome', { listenerName })
  }

  const listener = {
    position,
    async deliver(whole: LakeTransaction, allChanges: DocumentChange[]) {
      const { transaction, changes } = readableChanges(whole, allChanges, options.private)
      const matched: { change: DocumentChange; before: boolean; after: boolean }[] = []
      for (const change of changes) {
        const before = await matches(change.before)
        const after = await matches(change.after)
        if (before || after) matched.push({ change, before, after })
      }
      matched.forEach(({ change, before, after }, index) => {
        if (resume && transaction.seq === resume.seq && index <= skipUpTo) return
        const event = mutationEvent(transaction, change, before, after, options)
        send(
          'mutation',
          { ...event, transactionTotalEvents: matched.length, transactionCurrentEvent: index },
          `${transaction.seq}:${index}`,
        )
      })
    },
  }
  hub.add(listener)
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS)
  res.on('close', () => {
    clearInterval(heartbeat)
    hub.remove(listener)
  })
}

function mutationEvent(
  transaction: LakeTransaction,
  change: DocumentChange,
  before: boolean,
  after: boolean,
  options: {
    includeResult: boolean
    includePreviousRevision: boolean
    includeMutations: boolean
    mendoza: boolean
  },
): Record<string, unknown> {
  const event: Record<string, unknown> = {
    eventId: `${transaction.id}#${change.id}`,
    documentId: change.id,
    transactionId: transaction.id,
    identity: transaction.author ?? '',
    timestamp: transaction.timestamp,
    transition: before && after ? 'update' : after ? 'appear' : 'disappear',
    visibility: 'query',
    resultRev: change.after?._rev ?? transaction.id,
  }
  if (change.before?._rev) event.previousRev = change.before._rev
  if (options.includeMutations) event.mutations = mutationsFor(transaction, change.id)
  if (options.includeResult && change.after) event.result = change.after
  if (options.includePreviousRevision) event.previous = change.before
  if (options.mendoza) event.effects = change.effects()
  return event
}

function resumePosition(
  header: string | string[] | undefined,
  enabled: boolean,
): { seq: number; index: number } | null {
  const match = enabled && typeof header === 'string' ? /^(\d+):(\d+)$/.exec(header) : null
  return match ? { seq: Number(match[1]), index: Number(match[2]) } : null
}
