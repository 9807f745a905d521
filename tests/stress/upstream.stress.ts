import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MIN_FILL_MS, signStartToken } from '@/lib/comments/form-token'
import { sanityCommentStore } from '@/lib/comments/store-sanity'
import { submitComment } from '@/lib/comments/submit'
import { CONTENT_LAKE_MAX_RETRIES, CONTENT_LAKE_TIMEOUT_MS } from '@/lib/content/client-config'
import { queryContentLake } from '@/lib/content/sanity'
import { parseEnv } from '@/lib/env/schema'
import { openPrivateDb } from '@/lib/private/db'
import { articleQuery } from '@/sanity/lib/queries'

import type { Fault, FaultScope } from './fault-proxy'
import { figure } from './report'
import { startStandIn, type StandIn } from './stand-in'

/*
 * Upstream faults at the level of lib/content and lib/comments: the site's own Content Lake
 * clients (SANITY_API_HOST pointed at the stand-in) while it answers 503, hangs, loses the
 * answer to a write, or is slow. The production server under the same faults is in
 * server.stress.ts.
 */

const BASE_PORT = Number(process.env.STRESS_PORT ?? 3150)
const SLUG = '3-questions-a-helene-varambon'
const ARTICLE = 'article-3-questions-a-helene-varambon'
const SECRET = 'secret-du-banc-de-pannes-secret-du-banc-de-pannes'

let standIn: StandIn
let env: Extract<ReturnType<typeof parseEnv>, { mode: 'sanity' }>
let siteDir: string

beforeAll(async () => {
  standIn = await startStandIn(BASE_PORT + 6, BASE_PORT + 5)
  const parsed = parseEnv({
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'kiosque-stress',
    SANITY_API_HOST: standIn.proxy.url,
    SANITY_API_WRITE_TOKEN: standIn.writeToken,
  })
  if (parsed.mode !== 'sanity') throw new Error('expected the Sanity mode')
  env = parsed
  siteDir = mkdtempSync(path.join(tmpdir(), 'kiosque-site-'))
})

afterAll(async () => {
  await standIn.close()
  rmSync(siteDir, { recursive: true, force: true })
})

const describeFault = (fault: Fault, scope: FaultScope = 'all') =>
  `${fault.kind === 'status' ? fault.status : fault.kind}${fault.kind === 'slow' ? ` ${fault.delayMs} ms` : ''}${scope === 'writes' ? ' (writes)' : ''}`

const why = (error: Error) =>
  'statusCode' in error ? `${error.name} ${String(error.statusCode)}` : error.name

async function timed<T>(work: () => Promise<T>) {
  const started = performance.now()
  try {
    const value = await work()
    return { ok: true as const, value, ms: Math.round(performance.now() - started) }
  } catch (error) {
    return {
      ok: false as const,
      error: error as Error,
      ms: Math.round(performance.now() - started),
    }
  }
}

describe('content reads under upstream faults', () => {
  it('fail fast on 503 after bounded retries, give up a hang at the timeout, wait for a slow API', async () => {
    const cases: { fault: Fault; expectOk: boolean; attempts: number; maxMs: number }[] = [
      { fault: { kind: 'pass' }, expectOk: true, attempts: 1, maxMs: 5_000 },
      {
        fault: { kind: 'status', status: 503 },
        expectOk: false,
        attempts: 1 + CONTENT_LAKE_MAX_RETRIES,
        maxMs: 3_000,
      },
      {
        fault: { kind: 'hang' },
        expectOk: false,
        attempts: 1,
        maxMs: CONTENT_LAKE_TIMEOUT_MS + 2_000,
      },
      { fault: { kind: 'slow', delayMs: 2_000 }, expectOk: true, attempts: 1, maxMs: 8_000 },
    ]
    for (const { fault, expectOk, attempts, maxMs } of cases) {
      standIn.proxy.set(fault)
      const result = await timed(() =>
        queryContentLake(env, articleQuery, { slug: SLUG }, 'published'),
      )
      figure(
        `4 content read, ${describeFault(fault)}: ${result.ok ? 'answered' : `failed (${why(result.error)})`} ` +
          `after ${result.ms} ms, ${standIn.proxy.log.length} upstream attempt(s)`,
      )
      expect(result.ok).toBe(expectOk)
      if (result.ok) expect(result.value).toMatchObject({ _id: ARTICLE })
      expect(standIn.proxy.log).toHaveLength(attempts)
      expect(result.ms).toBeLessThan(maxMs)
      if (fault.kind === 'hang') expect(result.ms).toBeGreaterThanOrEqual(CONTENT_LAKE_TIMEOUT_MS)
    }
    standIn.proxy.set({ kind: 'pass' })
  })
})

describe('comment submissions under upstream faults', () => {
  let n = 0
  const form = (email: string) => {
    const data = new FormData()
    data.set('articleId', ARTICLE)
    data.set('name', 'Lucie Martin')
    data.set('email', email)
    data.set('body', 'Un entretien éclairant, merci pour ces trois questions.')
    data.set('consent', 'on')
    data.set('website', '')
    data.set('startToken', signStartToken(SECRET, Date.now() - MIN_FILL_MS))
    return data
  }
  const submit = (email: string) =>
    submitComment(form(email), {
      store: sanityCommentStore(env),
      db: openPrivateDb(siteDir),
      secret: SECRET,
      ip: 'direct',
      autoApproveKnownAuthors: false,
    })
  const upstreamComments = (email: string) =>
    standIn.lake.query<number>('count(*[_type == "comment" && authorEmail == $email])', { email })
  const rateEvents = () =>
    Number(openPrivateDb(siteDir).prepare('SELECT count(*) AS n FROM comment_rate_events').get()?.n)

  it('stores nothing and counts nothing when the API is down, hangs or refuses the write', async () => {
    const faults: [Fault, FaultScope][] = [
      [{ kind: 'status', status: 503 }, 'all'],
      [{ kind: 'status', status: 503 }, 'writes'],
      [{ kind: 'hang' }, 'writes'],
    ]
    for (const [fault, scope] of faults) {
      const email = `panne-${++n}@stress.example`
      standIn.proxy.set(fault, scope)
      const before = rateEvents()
      const result = await timed(() => submit(email))
      const stored = await upstreamComments(email)
      figure(
        `4 comment, ${describeFault(fault, scope)}: ${result.ok ? 'accepted' : `refused (${why(result.error)})`} ` +
          `after ${result.ms} ms, ${stored} stored upstream, ${rateEvents() - before} rate-limit rows left`,
      )
      // The Server Action turns this rejection into « Votre commentaire n’a pas pu être
      // enregistré… » with the typed text (server.stress.ts checks it in the page).
      expect(result.ok).toBe(false)
      expect(stored).toBe(0)
      expect(rateEvents()).toBe(before)
      expect(result.ms).toBeLessThan(CONTENT_LAKE_TIMEOUT_MS + 3_000)
    }
  })

  it('a write whose answer is lost is found again as a duplicate, never stored twice', async () => {
    const email = `perdue@stress.example`
    standIn.proxy.set({ kind: 'lose-answer' }, 'writes')
    const lost = await timed(() => submit(email))
    const storedAfterLoss = await upstreamComments(email)
    standIn.proxy.set({ kind: 'pass' })
    const again = await submit(email)
    const storedAfterRetry = await upstreamComments(email)
    figure(
      `4 comment, answer lost: ${lost.ok ? 'accepted' : `refused (${why(lost.error)})`} after ${lost.ms} ms, ` +
        `${storedAfterLoss} stored; the reader's retry is answered « ${again.ok ? again.message : Object.values(again.errors).join(' ')} », ${storedAfterRetry} stored`,
    )
    expect(lost.ok).toBe(false)
    expect(storedAfterLoss).toBe(1)
    expect(again.ok).toBe(false)
    if (!again.ok) expect(again.errors.body).toMatch(/déjà envoyé ce commentaire/)
    expect(storedAfterRetry).toBe(1)
  })

  it('goes through once the API is back', async () => {
    standIn.proxy.set({ kind: 'pass' })
    const email = `retour@stress.example`
    const outcome = await submit(email)
    expect(outcome.ok).toBe(true)
    expect(await upstreamComments(email)).toBe(1)
  })
})
