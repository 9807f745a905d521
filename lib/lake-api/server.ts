import type { Socket } from 'node:net'
import { createSecureServer, type Http2Session } from 'node:http2'

import { openLake } from '@/lib/lake'

import { handleActions } from './actions'
import { handleUpload, serveAsset } from './assets'
import { assertMayListen, assertSignedIn, authenticate, isLoopbackHost, seesPrivate } from './auth'
import type { ApiContext, OpenCall, RouteCall } from './context'
import { handleDoc, handleMutate, handleQuery } from './data'
import { handleDocumentEvents } from './events'
import { handleDocumentsAt, handleTransactions } from './history'
import { ApiError, sendError, type ApiRequest, type ApiResponse } from './http'
import { handleListen } from './listen'
import { handleLiveEvents } from './live'
import { QueryPool, type QueryLimits } from './query-pool'
import { ListenHub } from './listen-hub'
import { handleSignIn, type SignInSettings } from './login'
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
  /**
   * The site's URL (default http://localhost:3000): its origin is the only one allowed by CORS
   * and for writes, with the Studio's (and, for a loopback host, its aliases localhost,
   * 127.0.0.1 and [::1] on the same port).
   */
  siteUrl?: string
  /** Where the Studio is served, where sign-ins end (default `<siteUrl>/studio`). */
  studioUrl?: string
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
  const siteUrl = options.siteUrl ?? 'http://localhost:3000'
  const studioUrl = (options.studioUrl ?? new URL('/studio', siteUrl).toString()).replace(/\/$/, '')
  const origins = new Set([siteUrl, studioUrl].flatMap(originsOf))
  const signIn: SignInSettings = { studioUrl, origins }

  const server = createSecureServer(
    { cert: tls.cert, key: tls.key, allowHTTP1: true },
    (req, res) => {
      handle(req, res, ctx, hub, signIn).catch((error) => sendError(res, error))
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
      /**
       * Answered without a session too, as a public dataset is: queries and documents by id
       * (published, non-private documents only) and the live-events stream. Account endpoints
       * decide for themselves (users.ts).
       */
      anonymous?: true
      handle(call: RouteCall, params: Record<string, string>, hub: ListenHub): void | Promise<void>
    }
)

// Account and project endpoints dispatch inside users.ts; listed here so that the table is
// the whole surface of the API.
const account = async (call: RouteCall) => {
  if (!(await handleAccount(call))) throw notFound()
}

/**
 * Every endpoint of the API but the sign-in pages (login.ts, answered before any of these).
 * Anything else answers 404 (the Studio's cloud-only calls:
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
  { method: 'GET', path: 'data/live/events/:dataset', anonymous: true, handle: handleLiveEvents },
  { method: 'GET', path: 'data/query/:dataset', anonymous: true, handle: handleQuery },
  { method: 'POST', path: 'data/query/:dataset', anonymous: true, handle: handleQuery },
  {
    method: 'GET',
    path: 'data/doc/:dataset/:ids',
    anonymous: true,
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
  { method: 'GET', path: 'users/me', anonymous: true, handle: account },
  { method: 'GET', path: 'users/me/keyvalue/:keys', anonymous: true, handle: account },
  { method: 'PUT', path: 'users/me/keyvalue', anonymous: true, handle: account },
  { method: 'GET', path: 'users/:ids', anonymous: true, handle: account },
  { method: 'GET', path: 'auth/id', anonymous: true, handle: account },
  { method: 'GET', path: 'projects/:project', anonymous: true, handle: account },
  { method: 'GET', path: 'projects/:project/datasets', anonymous: true, handle: account },
  {
    method: 'GET',
    path: 'projects/:project/datasets/:dataset/acl',
    anonymous: true,
    handle: account,
  },
]

async function handle(
  req: ApiRequest,
  res: ApiResponse,
  ctx: ApiContext,
  hub: ListenHub,
  signIn: SignInSettings,
): Promise<void> {
  const origin = req.headers.origin
  const foreign = typeof origin === 'string' && !signIn.origins.has(origin)
  if (typeof origin === 'string' && !foreign) {
    res.setHeader('Access-Control-Allow-Origin', origin)
    res.setHeader('Access-Control-Allow-Credentials', 'true')
  }
  res.setHeader('Vary', 'Origin')
  if (req.method === 'OPTIONS') {
    if (foreign || typeof origin !== 'string') {
      throw new ApiError(403, 'forbidden', `Origin ${String(origin ?? '(none)')} is not allowed`)
    }
    preflight(req, res)
    return
  }
  const url = new URL(req.url ?? '/', 'https://lake.invalid')
  // Another site's page may send a simple request (form, text/plain) without preflight: whatever
  // it carries, nothing that changes state is done for a foreign origin. The login form, served
  // by this API itself, checks its own origin.
  const safe = req.method === 'GET' || req.method === 'HEAD'
  if (foreign && !safe && !url.pathname.endsWith('/auth/login')) {
    throw new ApiError(403, 'forbidden', `Origin ${origin} is not allowed to change anything`)
  }
  const version = VERSION.exec(url.pathname)
  const path = version ? (version[2] ?? '') : url.pathname
  const segments = path.split('/').slice(1).map(decodeURIComponent)
  if (version && (await handleSignIn(req, res, ctx.privateDb, segments, url, signIn))) return
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
  const requester = sessionProbe(segments, req.method)
    ? authenticateOrAnonymous(req, ctx.privateDb)
    : authenticate(req, ctx.privateDb)
  // Without a session: only what a public dataset exposes (see `anonymous` in ROUTES).
  if (!route.anonymous) assertSignedIn(requester)
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

/** `GET /users/me` and `/auth/id`: how the Studio learns whether its token still holds. */
function sessionProbe(segments: string[], method: string | undefined): boolean {
  const path = segments.join('/')
  return method === 'GET' && (path === 'users/me' || path === 'auth/id')
}

/** An expired or unknown token is, for a session probe, no session at all. */
function authenticateOrAnonymous(req: ApiRequest, db: ApiContext['privateDb']) {
  try {
    return authenticate(req, db)
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return { kind: 'anonymous' as const }
    throw error
  }
}

/** An origin and, for a loopback host, the same scheme and port on the other loopback names. */
function originsOf(url: string): string[] {
  const { protocol, hostname, port } = new URL(url)
  const hosts = isLoopbackHost(hostname) ? ['localhost', '127.0.0.1', '[::1]'] : [hostname]
  return hosts.map((host) => `${protocol}//${host}${port ? `:${port}` : ''}`)
}

function notFound(): ApiError {
  return new ApiError(404, 'notFoundError', 'Not found in the embedded lake API')
}
