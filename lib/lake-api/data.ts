import { z } from 'zod'

import {
  isPrivateId,
  LakeError,
  type LakeDocument,
  type LakeMutation,
  type Perspective,
} from '@/lib/lake'

import { identityOf, mayReadId, readablePerspective, seesPrivate } from './auth'
import type { RouteCall } from './context'
import { ApiError, flag, parseWith, readJson, sendJson, sendJsonText } from './http'
import { assertQueryShape } from './query-pool'
import { mutateBody } from './schemas'

const queryBody = z.strictObject({
  query: z.string().min(1).max(1_000_000),
  params: z.record(z.string(), z.unknown()).optional(),
  perspective: z.union([z.string(), z.array(z.string())]).optional(),
})

/** `GET|POST /data/query/:dataset` → `{ms, query, result}`. */
export async function handleQuery(call: RouteCall): Promise<void> {
  const { url, req } = call
  const started = performance.now()
  let query: string
  let params: Record<string, unknown>
  let perspectiveParam = url.searchParams.get('perspective')
  if (req.method === 'POST') {
    const body = await readJson(req, queryBody)
    query = body.query
    params = body.params ?? {}
    if (body.perspective) perspectiveParam = [body.perspective].flat().join(',')
  } else {
    query = parseWith(z.string().min(1, 'query is required'), url.searchParams.get('query') ?? '')
    params = paramsOf(url.searchParams)
  }
  const perspective = perspectiveOf(perspectiveParam, call.apiVersion)
  const result = await runQuery(call, query, params, perspective)
  // The result arrives as JSON text from the query thread: spliced in, not parsed again.
  let body = `{"ms":${Math.round(performance.now() - started)}`
  if (url.searchParams.get('returnQuery') !== 'false') body += `,"query":${JSON.stringify(query)}`
  if (result !== undefined) body += `,"result":${result}`
  sendJsonText(call.res, 200, `${body}}`)
}

/**
 * Runs GROQ for a requester (off the event loop, within the query budget: see `QueryPool`) and
 * returns its result as JSON text, turning groq-js errors into Content Lake's query errors.
 */
export async function runQuery(
  call: RouteCall,
  query: string,
  params: Record<string, unknown>,
  perspective: Perspective,
): Promise<string | undefined> {
  assertQueryShape(query)
  try {
    return await call.lake.queryJson(query, params, {
      perspective: readablePerspective(call.requester, perspective),
    })
  } catch (error) {
    if (error instanceof ApiError) throw error
    if (
      error instanceof LakeError &&
      error.code === 'invalid' &&
      error.message.startsWith('GROQ')
    ) {
      const position = Number(error.details?.position ?? 0)
      throw new ApiError(
        400,
        'queryParseError',
        error.message.replace(/^GROQ syntax error: /, ''),
        {
          query,
          start: position,
          end: position + 1,
        },
      )
    }
    if (error instanceof LakeError) throw error
    throw new ApiError(400, 'queryExecutionError', (error as Error).message)
  }
}

/** `$name=<JSON>` search params, as `@sanity/client` encodes query parameters. */
export function paramsOf(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw new ApiError(400, 'httpBadRequest', `Parameter ${key} is not valid JSON`)
    }
  }
  return params
}

/**
 * Maps Content Lake perspectives onto the lake's: `raw`, `published`, `drafts`/`previewDrafts`
 * (also as a stack such as `drafts,published`). Release names are ignored: releases are off
 * offline. The default follows the API version (`raw` before 2025-02-19, then `published`).
 */
export function perspectiveOf(value: string | null, apiVersion: string): Perspective {
  if (!value) return apiVersion === 'X' || apiVersion >= '2025-02-19' ? 'published' : 'raw'
  const names = value.split(',').map((name) => name.trim())
  if (names.length === 1 && names[0] === 'raw') return 'raw'
  if (names.includes('drafts') || names.includes('previewDrafts')) return 'drafts'
  if (names.includes('published')) return 'published'
  throw new ApiError(400, 'validationError', `Unsupported perspective "${value}"`)
}

/** `GET /data/doc/:dataset/:ids` → `{documents, omitted}` (raw documents by id). */
export function handleDoc(call: RouteCall, idList: string): void {
  const ids = idList.split(',').filter(Boolean)
  if (ids.length === 0 || ids.length > 1_000) {
    throw new ApiError(400, 'validationError', 'Between 1 and 1000 document ids expected')
  }
  const documents: LakeDocument[] = []
  const omitted: { id: string; reason: 'existence' | 'permission' }[] = []
  call.lake.getDocuments(ids).forEach((doc, index) => {
    const id = ids[index] ?? ''
    if (!mayReadId(call.requester, id)) omitted.push({ id, reason: 'permission' })
    else if (!doc) omitted.push({ id, reason: 'existence' })
    else documents.push(doc)
  })
  const excludeContent = flag(call.url.searchParams.get('excludeContent'))
  sendJson(call.res, 200, { documents: excludeContent ? [] : documents, omitted })
}

/** `POST /data/mutate/:dataset` → `{transactionId, results: [{id, operation, document?}]}`. */
export async function handleMutate(call: RouteCall): Promise<void> {
  const { url } = call
  const body = await readJson(call.req, mutateBody)
  if (flag(url.searchParams.get('dryRun'))) {
    throw new ApiError(400, 'validationError', 'dryRun is not supported by the embedded lake')
  }
  const mutations: LakeMutation[] = body.mutations
  assertWritable(call, mutations.map(targetId))
  const transactionId = url.searchParams.get('transactionId') ?? body.transactionId
  let outcome
  try {
    outcome = call.ctx.lake.mutate(mutations, { transactionId, author: identityOf(call.requester) })
  } catch (error) {
    throw mutationError(error, mutations)
  }
  const withDocuments = flag(url.searchParams.get('returnDocuments'))
  const results = outcome.results.map((result) => {
    if (!withDocuments || result.operation === 'delete') return result
    const document = call.lake.documentAtRevision(result.id, outcome.transactionId)
    return document ? { ...result, document } : result
  })
  sendJson(call.res, 200, { transactionId: outcome.transactionId, results })
}

/** Only accounts may touch private documents, as only they can read them. */
export function assertWritable(call: RouteCall, ids: (string | undefined)[]): void {
  if (seesPrivate(call.requester)) return
  const hidden = ids.find((id) => id !== undefined && isPrivateId(id))
  if (hidden) throw new ApiError(403, 'permissionDenied', `Insufficient permissions on "${hidden}"`)
}

function targetId(mutation: LakeMutation): string | undefined {
  if ('create' in mutation) return mutation.create._id
  if ('createIfNotExists' in mutation) return mutation.createIfNotExists._id
  if ('createOrReplace' in mutation) return mutation.createOrReplace._id
  if ('delete' in mutation) return mutation.delete.id
  return mutation.patch.id
}

// Content Lake reports failed transactions as a `mutationError` listing the failing items.
function mutationError(error: unknown, mutations: LakeMutation[]): unknown {
  if (!(error instanceof LakeError)) return error
  const id = typeof error.details?.id === 'string' ? error.details.id : undefined
  const index = id === undefined ? -1 : mutations.findIndex((mutation) => targetId(mutation) === id)
  const status = { conflict: 409, notFound: 404, invalid: 400 }[error.code]
  const type = {
    conflict: error.details?.expected
      ? 'documentRevisionIDDoesNotMatchError'
      : 'documentAlreadyExistsError',
    notFound: 'documentNotFoundError',
    invalid: 'validationError',
  }[error.code]
  return new ApiError(status, 'mutationError', `The mutation(s) failed: ${error.message}`, {
    items: [{ error: { type, description: error.message, id }, index: Math.max(index, 0) }],
  })
}
