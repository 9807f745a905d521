import type { IncomingHttpHeaders } from 'node:http'

import type { z } from 'zod'

import { LakeError } from '@/lib/lake'

/** The parts of an HTTP/1.1 or HTTP/2 (compatibility API) request the handlers use. */
export interface ApiRequest {
  on(event: string, listener: (...args: never[]) => void): unknown
  method?: string
  url?: string
  headers: IncomingHttpHeaders
  httpVersion: string
  socket?: { remoteAddress?: string }
  destroy(error?: Error): void
}

/** The parts of an HTTP/1.1 or HTTP/2 response the handlers use. */
export interface ApiResponse extends NodeJS.WritableStream {
  statusCode: number
  headersSent: boolean
  setHeader(name: string, value: string | number | readonly string[]): unknown
}

/** Maximum size of a JSON request body (mutations, actions, POST queries). */
export const JSON_BODY_LIMIT = 8 * 1024 * 1024
/** Maximum size of an uploaded asset. */
export const ASSET_BODY_LIMIT = 64 * 1024 * 1024
/** A client that has not sent its whole body after this long is cut off. */
const BODY_TIMEOUT_MS = 60_000

/**
 * An error answered with Content Lake's shape: `{error: {type, description, …}}` plus the
 * `statusCode`, which `@sanity/client` turns into a `ClientError` carrying the description.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    description: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(description)
    this.name = 'ApiError'
  }
}

/** Sends a JSON body. */
export function sendJson(res: ApiResponse, status: number, body: unknown): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.end(JSON.stringify(body))
}

/** Sends a body already serialized as JSON. */
export function sendJsonText(res: ApiResponse, status: number, json: string): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.end(json)
}

/** Sends any error in Content Lake's shape; unexpected ones become a 500 and are logged. */
export function sendError(res: ApiResponse, error: unknown): void {
  const api = toApiError(error)
  if (api.status >= 500) console.error('[lake-api]', error)
  if (res.headersSent) {
    res.end()
    return
  }
  sendJson(res, api.status, {
    error: { description: api.message, type: api.type, ...api.extra },
    statusCode: api.status,
  })
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof LakeError) {
    const status = { conflict: 409, notFound: 404, invalid: 400 }[error.code]
    return new ApiError(
      status,
      error.code === 'notFound' ? 'notFoundError' : 'validationError',
      error.message,
    )
  }
  return new ApiError(500, 'internalError', 'Erreur interne du serveur de contenu.')
}

/** Reads a body up to `limit` bytes (413 beyond), failing after a minute (408). */
export function readBody(req: ApiRequest, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) return Promise.reject(tooLarge(limit))
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const timer = setTimeout(() => {
      fail(new ApiError(408, 'requestTimeout', 'Request body not received in time'))
      req.destroy()
    }, BODY_TIMEOUT_MS)
    const fail = (error: Error) => {
      clearTimeout(timer)
      reject(error)
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        fail(tooLarge(limit))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      clearTimeout(timer)
      resolve(Buffer.concat(chunks))
    })
    req.on('error', fail)
  })
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, 'payloadTooLarge', `Request body exceeds ${limit} bytes`)
}

/**
 * True when the request declares `mediaType` (`type/subtype`, parameters such as `charset`
 * ignored). A JSON body declared otherwise is refused: `text/plain`, form and multipart bodies
 * are what a page of another site may send without a CORS preflight.
 */
export function hasMediaType(req: ApiRequest, mediaType: string): boolean {
  const header = req.headers['content-type']
  const declared = typeof header === 'string' ? header.split(';')[0]?.trim().toLowerCase() : ''
  return declared === mediaType
}

/**
 * Reads and validates a JSON body against `schema`: 415 unless declared `application/json`,
 * 400 with the zod issues when invalid.
 */
export async function readJson<T extends z.ZodType>(
  req: ApiRequest,
  schema: T,
): Promise<z.infer<T>> {
  if (!hasMediaType(req, 'application/json')) {
    throw new ApiError(
      415,
      'unsupportedMediaType',
      'Request body must be sent with Content-Type: application/json',
    )
  }
  const raw = await readBody(req, JSON_BODY_LIMIT)
  let data: unknown
  try {
    data = JSON.parse(raw.toString('utf8') || 'null')
  } catch {
    throw new ApiError(400, 'httpBadRequest', 'Request body is not valid JSON')
  }
  return parseWith(schema, data)
}

/** Validates `data` with `schema`, throwing a 400 that names each invalid path. */
export function parseWith<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  const issues = result.error.issues.map(
    (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
  )
  throw new ApiError(400, 'validationError', `Invalid request: ${issues.join('; ')}`)
}

/** True for `true`, `1` and an empty value (`?flag`), as Content Lake reads boolean params. */
export function flag(value: string | null, fallback = false): boolean {
  if (value === null) return fallback
  return value === '' || value === 'true' || value === '1'
}
