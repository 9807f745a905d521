import type { Socket } from 'node:net'
import { createSecureServer, type Http2Session } from 'node:http2'

import { openLake } from '@/lib/lake'

import { handleActions } from './actions'
import { handleUpload, serveAsset } from './assets'
import { assertMayListen, assertSignedIn, authenticate, isLoopbackHost } from './auth'
import type { ApiContext, RouteCall } from './context'
import { handleDoc, handleMutate, handleQuery } from './data'
import { handleDocumentEvents } from './events'
import { handleDocumentsAt, handleTransactions } from './history'
import { ApiError, sendError, type ApiRequest, type ApiResponse } from './http'
import { handleListen } from './listen'
import { handleLiveEvents } from './live'
import { ListenHub } from './listen-hub'
import { handleSignIn, type SignInSettings } from './login'
import { revalidateNotifier, type RevalidateTarget } from './revalidate'
import { ensureCertificate } from './tls'
import { handleAccount } from './users'

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
    async close() {
      hub.close()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const session of sessions) session.destroy()
      await closed
      lake.close()
    },
  }
}

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
  const raw = url.pathname.split('/').slice(1).map(decodeURIComponent)
  if ((raw[0] === 'images' || raw[0] === 'files') && raw.length === 4 && req.method === 'GET') {
    if (raw[1] !== ctx.projectId || raw[2] !== ctx.dataset) throw notFound()
    const kind = raw[0] === 'images' ? 'image' : 'file'
    serveAsset(res, ctx.lake.dataDir, kind, raw[3] ?? '', url.searchParams.has('dl'))
    return
  }
  const version = VERSION.exec(url.pathname)
  if (!version) throw notFound()
  const segments = (version[2] ?? '').split('/').slice(1).map(decodeURIComponent)
  if (await handleSignIn(req, res, ctx.privateDb, segments, url, signIn)) return
  const requester = sessionProbe(segments, req.method)
    ? authenticateOrAnonymous(req, ctx.privateDb)
    : authenticate(req, ctx.privateDb)
  const call: RouteCall = { req, res, ctx, requester, url, apiVersion: version[1] ?? 'X', segments }
  await route(call, hub)
}

async function route(call: RouteCall, hub: ListenHub): Promise<void> {
  const [area, operation, dataset, ...rest] = call.segments
  const method = call.req.method
  // The Live Content API names the dataset after `events`: /data/live/events/:dataset.
  if (area === 'data' && operation === 'live' && dataset === 'events' && method === 'GET') {
    if (rest.join('/') === call.ctx.dataset) return handleLiveEvents(call)
  }
  if (area === 'data' || area === 'assets') {
    // Without a session: only what a public dataset exposes, queries and documents by id (both
    // limited to published, non-private documents). The user endpoints need one too (users.ts).
    const publicRead = area === 'data' && (operation === 'query' || operation === 'doc')
    if (!publicRead) assertSignedIn(call.requester)
    if (dataset !== call.ctx.dataset) {
      throw new ApiError(404, 'datasetNotFoundError', `Dataset "${dataset ?? ''}" not found`)
    }
    const target = rest.join('/')
    if (area === 'assets' && method === 'POST' && !target) {
      if (operation === 'images') return handleUpload(call, 'image')
      if (operation === 'files') return handleUpload(call, 'file')
    }
    if (area === 'data') {
      if (operation === 'query' && !target && (method === 'GET' || method === 'POST')) {
        return handleQuery(call)
      }
      if (operation === 'doc' && target && method === 'GET') return handleDoc(call, target)
      if (operation === 'mutate' && !target && method === 'POST') return handleMutate(call)
      if (operation === 'actions' && !target && method === 'POST') return handleActions(call)
      if (operation === 'listen' && !target && method === 'GET') return handleListen(call, hub)
      if (operation === 'history' && method === 'GET' && rest.length === 2) {
        if (rest[0] === 'transactions') return handleTransactions(call, rest[1] ?? '')
        if (rest[0] === 'documents') return handleDocumentsAt(call, rest[1] ?? '')
      }
      if (operation === 'history' && method === 'GET' && rest.length === 3) {
        if (rest[0] === 'events' && rest[1] === 'documents') {
          return handleDocumentEvents(call, rest[2] ?? '')
        }
      }
    }
    throw notFound()
  }
  // Cloud-only endpoints (features, telemetry, journeys, presence…) answer 404 at once.
  if (!(await handleAccount(call))) throw notFound()
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
