import type { Socket } from 'node:net'
import { createSecureServer, type Http2Session } from 'node:http2'

import { openLake } from '@/lib/lake'

import { handleActions } from './actions'
import { handleUpload, serveAsset } from './assets'
import { assertMayListen, authenticate, isLoopbackHost, seesPrivate, sessionToken } from './auth'
import type { ApiContext, OpenCall, RouteCall } from './context'
import { handleDoc, handleMutate, handleQuery } from './data'
import { handleDocumentEvents } from './events'
import { handleDocumentsAt, handleTransactions } from './history'
import { ApiError, sendError, sendJson, type ApiRequest, type ApiResponse } from './http'
import { handleListen } from './listen'
import { handleLiveEvents } from './live'
import { QueryPool, type QueryLimits } from './query-pool'
import { ListenHub } from './listen-hub'
import { revalidateNotifier, type RevalidateTarget } from './revalidate'
import { ensureCertificate } from './tls'
import { handleAccount } from './users'
import { readableLake } from './visibility'

/** Options of `startLakeApi`. */
export interface LakeApiOptions {
  /** Directory of `lake.db` (shared with the site), `private.db` and `tls/`. */
  dataDir: string
  /** Interface to bind; beyond loopback, editor accounts are required. Default 127.0.0.1. */
  host?: string
  /** 0 picks a free port. Default 3333. */
  port?: number
  /** The site's origin, allowed by CORS besides http(s)://localhost:* and 127.0.0.1:*. */
  siteUrl?: string
  /** The dataset name clients use (`production`); the lake holds one dataset. */
  dataset?: string
  /** The project id clients are configured with (any lowercase name). */
  projectId?: string
  /** NDJSON imported into an empty lake, as the site does on first start. */
  seedFile?: string
  /** The site's `/api/revalidate` and its secret: called after each change to published content. */
  revalidate?: RevalidateTarget
  /** Query threads, time budget and result cap (see `QueryPool` for the defaults). */
  queries?: QueryLimits
}

/** A running API. */
export interface LakeApi {
  /** `https://<host>:<port>`, the `apiHost` for `@sanity/client` and the Studio. */
  url: string
  port: number
  /** Resolved data directory (lake.db, private.db, tls/). */
  dataDir: string
  /** PEM of the self-signed certificate (for clients that must trust it). */
  cert: string
  certFile: string
  /** Starts the query threads now rather than on the first query; resolves when they are up. */
  warmQueries(): Promise<void>
  close(): Promise<void>
}

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/
const VERSION = /^\/v(\d{4}-\d{2}-\d{2}|\d+|X)(\/.*)?$/

/**
 * Starts the Content-Lake-compatible HTTP API over the embedded lake: HTTP/2 over TLS (HTTP/1.1
 * accepted too), the Studio holding many listen streams at once. Refuses to start beyond
 * loopback without an editor account (see `assertMayListen`).
 */
export async function startLakeApi(options: LakeApiOptions): Promise<LakeApi> {
  const host = options.host ?? '127.0.0.1'
  const loopback = isLoopbackHost(host)
  const privateDb = assertMayListen(host, options.dataDir)
  const tls = ensureCertificate(options.dataDir, loopback ? undefined : host)
  const lake = openLake({ dataDir: options.dataDir, seedFile: options.seedFile })
  const ctx: ApiContext = {
    lake,
    privateDb,
    loopback,
    dataset: options.dataset ?? 'production',
    projectId: options.projectId ?? 'kiosque-local',
    queries: new QueryPool(lake.dataDir, options.queries),
  }
  const hub = new ListenHub(lake)
  if (options.revalidate) hub.add(revalidateNotifier(options.revalidate, hub.head))
  const siteOrigin = options.siteUrl ? new URL(options.siteUrl).origin : undefined
  const allowed = (origin: string) => origin === siteOrigin || LOCAL_ORIGIN.test(origin)

  const server = createSecureServer(
    { cert: tls.cert, key: tls.key, allowHTTP1: true },
    (req, res) => {
      handle(req, res, ctx, hub, allowed).catch((error) => sendError(res, error))
    },
  )
  server.setTimeout(120_000)
  const sessions = new Set<Http2Session | Socket>()
  server.on('session', (session) => {
    sessions.add(session)
    session.on('close', () => sessions.delete(session))
  })
  server.on('secureConnection', (socket) => {
    sessions.add(socket)
    socket.on('close', () => sessions.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 3333, host, () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 3333)
  const shownHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `https://${shownHost}:${port}`,
    port,
    dataDir: lake.dataDir,
    cert: tls.cert,
    certFile: tls.certFile,
    warmQueries: () => ctx.queries.warm(),
    async close() {
      hub.close()
      await ctx.queries.close()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const session of sessions) session.destroy()
      await closed
      lake.close()
    },
  }
}

/** One endpoint. `path` is matched segment by segment; `:name` matches any one segment. */
export type Route = {
  method: 'GET' | 'POST' | 'PUT'
  path: string
} & (
  | {
      /** Served without authentication, under `/` rather than `/v<version>/`. */
      open: 'unversioned' | 'versioned'
      handle(call: OpenCall, params: Record<string, string>): void
    }
  | {
      open?: undefined
      handle(call: RouteCall, params: Record<string, string>, hub: ListenHub): void | Promise<void>
    }
)

// Account and project endpoints dispatch inside users.ts; listed here so that the table is
// the whole surface of the API.
const account = async (call: RouteCall) => {
  if (!(await handleAccount(call))) throw notFound()
}

/**
 * Every endpoint of the API. Anything else answers 404 (the Studio's cloud-only calls:
 * features, telemetry, journeys, presence…). `:dataset` must be the served dataset.
 */
export const ROUTES: readonly Route[] = [
  {
    method: 'GET',
    path: 'images/:project/:dataset/:file',
    open: 'unversioned',
    handle: (call, { file }) => serveAsset(call, 'image', file ?? ''),
  },
  {
    method: 'GET',
    path: 'files/:project/:dataset/:file',
    open: 'unversioned',
    handle: (call, { file }) => serveAsset(call, 'file', file ?? ''),
  },
  {
    method: 'GET',
    path: 'auth/fetch',
    open: 'versioned',
    handle: (call) => exchangeSession(call.res, call.ctx, call.url.searchParams.get('sid')),
  },
  { method: 'GET', path: 'data/live/events/:dataset', handle: handleLiveEvents },
  { method: 'GET', path: 'data/query/:dataset', handle: handleQuery },
  { method: 'POST', path: 'data/query/:dataset', handle: handleQuery },
  {
    method: 'GET',
    path: 'data/doc/:dataset/:ids',
    handle: (call, { ids }) => handleDoc(call, ids ?? ''),
  },
  { method: 'POST', path: 'data/mutate/:dataset', handle: handleMutate },
  { method: 'POST', path: 'data/actions/:dataset', handle: handleActions },
  {
    method: 'GET',
    path: 'data/listen/:dataset',
    handle: (call, _, hub) => handleListen(call, hub),
  },
  {
    method: 'GET',
    path: 'data/history/:dataset/transactions/:ids',
    handle: (call, { ids }) => handleTransactions(call, ids ?? ''),
  },
  {
    method: 'GET',
    path: 'data/history/:dataset/documents/:ids',
    handle: (call, { ids }) => handleDocumentsAt(call, ids ?? ''),
  },
  {
    method: 'GET',
    path: 'data/history/:dataset/events/documents/:id',
    handle: (call, { id }) => handleDocumentEvents(call, id ?? ''),
  },
  { method: 'POST', path: 'assets/images/:dataset', handle: (call) => handleUpload(call, 'image') },
  { method: 'POST', path: 'assets/files/:dataset', handle: (call) => handleUpload(call, 'file') },
  { method: 'GET', path: 'users/me', handle: account },
  { method: 'GET', path: 'users/me/keyvalue/:keys', handle: account },
  { method: 'PUT', path: 'users/me/keyvalue', handle: account },
  { method: 'GET', path: 'users/:ids', handle: account },
  { method: 'GET', path: 'auth/id', handle: account },
  { method: 'GET', path: 'projects/:project', handle: account },
  { method: 'GET', path: 'projects/:project/datasets', handle: account },
  { method: 'GET', path: 'projects/:project/datasets/:dataset/acl', handle: account },
]

async function handle(
  req: ApiRequest,
  res: ApiResponse,
  ctx: ApiContext,
  hub: ListenHub,
  allowed: (origin: string) => boolean,
): Promise<void> {
  const origin = req.headers.origin
  if (typeof origin === 'string' && allowed(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin)
    res.setHeader('Access-Control-Allow-Credentials', 'true')
    res.setHeader('Vary', 'Origin')
  }
  if (req.method === 'OPTIONS') {
    preflight(req, res)
    return
  }
  const url = new URL(req.url ?? '/', 'https://lake.invalid')
  const version = VERSION.exec(url.pathname)
  const path = version ? (version[2] ?? '') : url.pathname
  const segments = path.split('/').slice(1).map(decodeURIComponent)
  const found = findRoute(req.method ?? 'GET', segments, version ? 'versioned' : 'unversioned')
  if (!found) throw notFound()
  const { route, params } = found
  if (params.project !== undefined && params.project !== ctx.projectId) throw notFound()
  if (params.dataset !== undefined && params.dataset !== ctx.dataset) {
    throw new ApiError(404, 'datasetNotFoundError', `Dataset "${params.dataset}" not found`)
  }
  if (route.open) {
    route.handle({ req, res, ctx, url, segments, lake: readableLake(ctx.lake, false) }, params)
    return
  }
  const requester = authenticate(req, ctx.privateDb, ctx.loopback)
  const lake = readableLake(ctx.lake, seesPrivate(requester), (query, params, options) =>
    ctx.queries.run(query, params, options),
  )
  const apiVersion = version?.[1] ?? 'X'
  await route.handle({ req, res, ctx, requester, lake, url, apiVersion, segments }, params, hub)
}

/** The route a request goes to, with its `:name` segments. */
function findRoute(
  method: string,
  segments: string[],
  kind: 'versioned' | 'unversioned',
): { route: Route; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    if (route.method !== method || (route.open === 'unversioned') !== (kind === 'unversioned')) {
      continue
    }
    const pattern = route.path.split('/')
    if (pattern.length !== segments.length) continue
    const params: Record<string, string> = {}
    const matches = pattern.every((part, index) => {
      const segment = segments[index] ?? ''
      if (!part.startsWith(':')) return part === segment
      params[part.slice(1)] = segment
      return segment !== ''
    })
    if (matches) return { route, params }
  }
  return undefined
}

function preflight(req: ApiRequest, res: ApiResponse): void {
  const requested = req.headers['access-control-request-headers']
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
  res.setHeader(
    'Access-Control-Allow-Headers',
    typeof requested === 'string' && requested ? requested : 'authorization, content-type',
  )
  res.setHeader('Access-Control-Max-Age', '600')
  // Chrome's Private Network Access: a public page may not call loopback without this.
  if (req.headers['access-control-request-private-network'] === 'true') {
    res.setHeader('Access-Control-Allow-Private-Network', 'true')
  }
  res.statusCode = 204
  res.end()
}

/**
 * `GET /auth/fetch?sid=…`: how the Studio's token login turns the `#sid=` it was sent back with
 * into its API token. The token is the session id itself, valid for editor and admin accounts.
 */
function exchangeSession(res: ApiResponse, ctx: ApiContext, sid: string | null): void {
  const token = sessionToken(ctx.privateDb, sid)
  if (!token) throw new ApiError(401, 'unauthorized', 'Unknown or expired session')
  sendJson(res, 200, { token })
}

function notFound(): ApiError {
  return new ApiError(404, 'notFoundError', 'Not found in the embedded lake API')
}
