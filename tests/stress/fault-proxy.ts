import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { request } from 'node:https'
import type { AddressInfo } from 'node:net'

/*
 * A Content Lake stand-in that fails on command: plain HTTP in front of the lake API
 * (lib/lake-api, HTTPS with its self-signed certificate), so the site's `@sanity/client` reaches
 * it through `SANITY_API_HOST=http://127.0.0.1:<port>` without trusting a certificate.
 */

/** What the stand-in does with the next requests. */
export type Fault =
  | { kind: 'pass' }
  /** Answer this status at once (503: the API is down). */
  | { kind: 'status'; status: number }
  /** Accept the request and never answer (the upstream call is not made). */
  | { kind: 'hang' }
  /** Forward the request, let the API apply it, and never answer (a write may have happened). */
  | { kind: 'lose-answer' }
  /** Forward after `delayMs`. */
  | { kind: 'slow'; delayMs: number }

/** Which requests a fault applies to: all, or only writes (POST …/data/mutate). */
export type FaultScope = 'all' | 'writes'

/** A running stand-in. */
export interface FaultProxy {
  /** `http://127.0.0.1:<port>`: the `SANITY_API_HOST` of the site. */
  url: string
  set(fault: Fault, scope?: FaultScope): void
  /** Requests seen since the last `set`, as `<fault> <METHOD> <path>`. */
  readonly log: string[]
  close(): Promise<void>
}

const isWrite = (req: IncomingMessage) =>
  req.method === 'POST' && /\/data\/(mutate|actions)\//.test(req.url ?? '')

/** Starts the stand-in on `port` (0: any free port), forwarding to `target` trusted via `ca`. */
export async function startFaultProxy(options: {
  target: string
  ca: string
  port: number
}): Promise<FaultProxy> {
  let fault: Fault = { kind: 'pass' }
  let scope: FaultScope = 'all'
  const log: string[] = []
  const held = new Set<ServerResponse>()

  const forward = (req: IncomingMessage, res: ServerResponse, answer: boolean) => {
    const headers = { ...req.headers }
    delete headers.host
    delete headers.connection
    const upstream = request(
      new URL(req.url ?? '/', options.target),
      { method: req.method, headers, ca: options.ca },
      (reply) => {
        if (!answer) return void reply.resume()
        const replyHeaders = { ...reply.headers }
        delete replyHeaders.connection
        delete replyHeaders['keep-alive']
        res.writeHead(reply.statusCode ?? 502, replyHeaders)
        reply.pipe(res)
      },
    )
    upstream.on('error', (error) => {
      if (res.headersSent) return void res.destroy()
      res.writeHead(502, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: `stand-in: ${error.message}` }))
    })
    req.pipe(upstream)
  }

  const server = createServer((req, res) => {
    const active = scope === 'all' || isWrite(req) ? fault : ({ kind: 'pass' } as const)
    log.push(`${active.kind} ${req.method} ${req.url?.split('?')[0]}`)
    switch (active.kind) {
      case 'pass':
        return forward(req, res, true)
      case 'status':
        req.resume()
        res.writeHead(active.status, { 'content-type': 'application/json', 'retry-after': '1' })
        return void res.end(JSON.stringify({ error: 'Service Unavailable', statusCode: 503 }))
      case 'hang':
        req.resume()
        held.add(res)
        return void res.on('close', () => held.delete(res))
      case 'lose-answer':
        held.add(res)
        res.on('close', () => held.delete(res))
        return forward(req, res, false)
      case 'slow':
        return void setTimeout(() => forward(req, res, true), active.delayMs)
      default:
        return active satisfies never
    }
  })
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    set(next, nextScope = 'all') {
      fault = next
      scope = nextScope
      log.length = 0
      for (const res of held) res.destroy()
    },
    async close() {
      for (const res of held) res.destroy()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
