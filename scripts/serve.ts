/**
 * The production server: Next's request handler in a `node:http` server, like `next start`, with
 * two differences: large string bodies are written as Buffers (lib/server/string-bodies.ts), which
 * doubles the throughput of the article page, and each request carries the socket's address for
 * rate limits and login throttling (lib/security/client-ip.ts). `npm start` runs it (after
 * building when needed); `npm run serve -- --port 4000 --hostname 0.0.0.0` runs it alone over an
 * existing build. Options: `-p/--port` (else PORT, else 3000) and `-H/--hostname` (else
 * HOSTNAME, else all interfaces), as `next start` takes them.
 */
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'

import { stampPeerAddress } from '@/lib/security/client-ip'
import { writeLargeStringsAsBuffers } from '@/lib/server/string-bodies'

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    hostname: { type: 'string', short: 'H' },
  },
})
const port = Number(values.port ?? process.env.PORT ?? 3000)
if (!Number.isInteger(port) || port <= 0 || port > 65_535) {
  console.error(`Port invalide : ${values.port ?? process.env.PORT}`)
  process.exit(1)
}
const hostname = values.hostname ?? process.env.HOSTNAME
// Before Next loads: it reads NODE_ENV when its modules are evaluated.
Object.assign(process.env, { NODE_ENV: 'production' })
const { default: next } = await import('next')

const app = next({ dev: false, hostname: hostname ?? 'localhost', port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  // The client's address for rate limits and login throttling: Next does not expose the socket.
  stampPeerAddress(req)
  writeLargeStringsAsBuffers(res)
  handle(req, res).catch((error: unknown) => {
    console.error('[serveur] requête non traitée', req.url, error)
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Erreur interne du serveur')
  })
})
server.listen(port, hostname, () => {
  console.log(`Kiosque en production sur http://${hostname ?? 'localhost'}:${port}`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close()
    server.closeAllConnections()
    app.close().finally(() => process.exit(0))
  })
}
