// Child process of writes.stress.ts: an HTTP front for the real comment write path —
// `submitComment` (lib/comments/submit.ts) over the embedded lake (lib/comments/store.ts) and the
// private database (lib/private/db.ts) of DATA_DIR, as the Server Action calls it. Nothing is
// mocked: only the inputs a browser would bring (a form shown a few seconds ago, one reader per
// e-mail address) are produced here.
//
//   node --import tsx tests/stress/harness.ts <dataDir> <port>
//
// GET /form            → a start token signed MIN_FILL_MS ago, as if the form had been read
// POST /comments       → url-encoded form; 201 {id} once stored, 422 {errors} when refused
import { createServer } from 'node:http'
import path from 'node:path'

import { DIRECT_BUCKET } from '../../lib/comments/bans'
import { MIN_FILL_MS, signStartToken } from '../../lib/comments/form-token'
import { lakeCommentStore } from '../../lib/comments/store'
import { submitComment } from '../../lib/comments/submit'
import { openLake } from '../../lib/lake/index'
import { openPrivateDb } from '../../lib/private/db'

export const HARNESS_SECRET = 'secret-du-banc-de-charge-secret-du-banc-de-charge'

const [dataDir, port] = process.argv.slice(2)
if (!dataDir || !port) throw new Error('usage: harness.ts <dataDir> <port>')

const lake = openLake({
  dataDir,
  seedFile: path.join(import.meta.dirname, '..', '..', 'content', 'demo', 'data.ndjson'),
})
const store = lakeCommentStore(lake)
const db = openPrivateDb(dataDir)

const server = createServer((req, res) => {
  const reply = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  if (req.method === 'GET' && req.url === '/form') {
    return reply(200, { startToken: signStartToken(HARNESS_SECRET, Date.now() - MIN_FILL_MS) })
  }
  if (req.method !== 'POST' || req.url !== '/comments') return reply(404, {})
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => {
    const form = new FormData()
    for (const [key, value] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) {
      form.append(key, value)
    }
    submitComment(form, {
      store,
      db,
      secret: HARNESS_SECRET,
      // No trusted proxy header, as by default: only the per-address limits apply.
      ip: DIRECT_BUCKET,
      autoApproveKnownAuthors: false,
    }).then(
      (outcome) =>
        outcome.ok
          ? reply(201, { id: outcome.comment._id, pid: process.pid })
          : reply(422, { errors: outcome.errors }),
      (error: unknown) => reply(500, { error: String(error) }),
    )
  })
})
server.listen(Number(port), '127.0.0.1', () => console.log(`ready ${port}`))
