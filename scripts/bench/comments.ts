import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { signStartToken } from '@/lib/comments/form-token'
import { lakeCommentStore } from '@/lib/comments/store'
import { submitComment } from '@/lib/comments/submit'
import { openLake } from '@/lib/lake'
import { closePrivateDbs, openPrivateDb } from '@/lib/private/db'

import { percentile } from './stats'

/*
 * (c) Comment submissions through `submitComment` with the real stores: the embedded lake
 * (durable SQLite commit per comment) and the private database (rate-limit rows). Nothing is
 * switched off: every submission comes from a distinct reader (address and e-mail), as 50
 * people posting at once would, with a start token shown 10 s earlier, so every rule runs and
 * every comment is stored. `connections` submissions are in flight at any time.
 * The first `WARMUP_S` seconds are the lake's cold start (views built, code compiled by the JIT,
 * while 50 submissions wait on it): reported apart (`coldP99Ms`), not mixed into the steady
 * figures.
 */

/** Outcome of the comments section. */
export interface CommentsResult {
  connections: number
  seconds: number
  submitted: number
  stored: number
  perSecond: number
  p50Ms: number
  p99Ms: number
  /** Submissions started during the warm-up, and their p99. */
  coldSubmitted: number
  coldP99Ms: number
}

const WARMUP_S = 2

const ARTICLE = 'article-3-questions-a-helene-varambon'
const SECRET = 'banc-d-essai-banc-d-essai-banc-d-essai-0123'

/** Runs `connections` concurrent submitters for `duration` seconds on a temporary demo lake. */
export async function benchComments(
  connections: number,
  duration: number,
): Promise<CommentsResult> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kiosque-bench-comments-'))
  const lake = openLake({ dataDir, seedFile: path.resolve('content/demo/data.ndjson') })
  const db = openPrivateDb(dataDir)
  const store = lakeCommentStore(lake)
  const times: number[] = []
  const cold: number[] = []
  let sequence = 0
  let stored = 0
  const started = performance.now()
  const warm = started + WARMUP_S * 1000
  const end = warm + duration * 1000
  const submitter = async () => {
    while (performance.now() < end) {
      const n = (sequence += 1)
      const data = new FormData()
      data.set('articleId', ARTICLE)
      data.set('name', `Lectrice ${n}`)
      data.set('email', `lectrice.${n}@example.fr`)
      data.set('body', `Commentaire numéro ${n} : un entretien éclairant, merci.`)
      data.set('consent', 'on')
      data.set('website', '')
      data.set('startToken', signStartToken(SECRET, Date.now() - 10_000))
      const t0 = performance.now()
      const outcome = await submitComment(data, {
        store,
        db,
        secret: SECRET,
        ip: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
        autoApproveKnownAuthors: true,
      })
      const elapsed = performance.now() - t0
      if (t0 < warm) cold.push(elapsed)
      else {
        times.push(elapsed)
        if (outcome.ok) stored += 1
      }
      // Yield like a socket would, so the submitters interleave.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  try {
    await Promise.all(Array.from({ length: connections }, submitter))
  } finally {
    lake.close()
    closePrivateDbs()
    rmSync(dataDir, { recursive: true, force: true })
  }
  const seconds = (performance.now() - warm) / 1000
  return {
    connections,
    seconds,
    submitted: times.length,
    stored,
    perSecond: times.length / seconds,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    coldSubmitted: cold.length,
    coldP99Ms: percentile(cold, 99),
  }
}
