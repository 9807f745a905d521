import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CONTENT_LAKE_TIMEOUT_MS } from '@/lib/content/client-config'
import { openPrivateDb } from '@/lib/private/db'

import type { Fault } from './fault-proxy'
import { figure } from './report'
import { startStandIn, type StandIn } from './stand-in'
import { serveCommand } from '../../scripts/serve-command'

/*
 * Upstream faults on the production server (`scripts/serve.ts`) over the existing build (`npm
 * test` makes it) run in Sanity mode — NEXT_PUBLIC_SANITY_PROJECT_ID set, SANITY_API_HOST pointing at
 * the stand-in — so every runtime read and write goes through the site's Content Lake clients.
 * Pages prerendered at build and a page first rendered at runtime from the stand-in are cached;
 * then the stand-in answers 503 or hangs. Building in Sanity mode here would take minutes, so
 * the prerendered shells come from the build (same demo dataset as the stand-in serves).
 */

const BASE_PORT = Number(process.env.STRESS_PORT ?? 3150)
const PORT = BASE_PORT + 7
const ORIGIN = `http://127.0.0.1:${PORT}`
const hasBuild = existsSync(path.resolve('.next/BUILD_ID'))
const RUNTIME_SLUG = 'publie-apres-le-build'
const RUNTIME_HEADLINE = 'Un entretien publié après le build'
const COLD_SLUGS = ['jamais-demande-503', 'jamais-demande-hang']
const COLD_HEADLINE = 'Un entretien jamais demandé avant la panne'
/** How long a never-cached page is given to end its response during a fault. */
const COLD_WAIT_MS = CONTENT_LAKE_TIMEOUT_MS + 10_000
const coldEnded: boolean[] = []

// Under CI a missing build fails the run (CI calls this after `npm test`, which builds).
if (!hasBuild && !process.env.CI) {
  figure('4 server: skipped — no production build in .next (run `npm run build` or `npm test`)')
}

let standIn: StandIn
let server: ChildProcess
let siteDir: string
let browser: Browser | undefined

/** GET on the site: status, body, total time and time to the response headers. */
async function get(url: string, timeoutMs = 30_000) {
  const started = performance.now()
  const since = () => Math.round(performance.now() - started)
  let status = 0
  let headersMs = -1
  try {
    const res = await fetch(`${ORIGIN}${url}`, { signal: AbortSignal.timeout(timeoutMs) })
    status = res.status
    headersMs = since()
    return { status, html: await res.text(), ms: since(), headersMs }
  } catch (error) {
    return { status, html: String(error), ms: since(), headersMs }
  }
}

beforeAll(async () => {
  if (!hasBuild) return
  standIn = await startStandIn(BASE_PORT + 8, BASE_PORT + 9)
  // A document only the stand-in holds: its page is rendered at runtime, through the Sanity path.
  const [source] = standIn.lake.getDocuments(['article-3-questions-a-helene-varambon'])
  if (!source) throw new Error('demo article missing')
  const { _rev: _ignored, ...copy } = source
  void _ignored
  // The cold copy is never requested before a fault: serving it needs the Content Lake.
  standIn.lake.mutate(
    [RUNTIME_SLUG, ...COLD_SLUGS].map((slug) => ({
      create: {
        ...copy,
        _id: `article-stress-${slug}`,
        headline: slug === RUNTIME_SLUG ? RUNTIME_HEADLINE : COLD_HEADLINE,
        slug: { _type: 'slug', current: slug },
      },
    })),
  )
  siteDir = mkdtempSync(path.join(tmpdir(), 'kiosque-site-'))
  server = spawn(process.execPath, serveCommand(PORT), {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      KIOSQUE_DATA_DIR: siteDir,
      NEXT_PUBLIC_SITE_URL: ORIGIN,
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'kiosque-stress',
      SANITY_API_HOST: standIn.proxy.url,
      SANITY_API_WRITE_TOKEN: standIn.writeToken,
    },
    stdio: ['ignore', 'ignore', process.env.STRESS_SERVER_LOG ? 'inherit' : 'ignore'],
  })
  const deadline = Date.now() + 60_000
  while ((await get('/', 2_000)).status !== 200) {
    if (Date.now() > deadline || server.exitCode !== null)
      throw new Error('production server failed to start')
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}, 90_000)

afterAll(async () => {
  await browser?.close()
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  await standIn?.close()
  if (siteDir) rmSync(siteDir, { recursive: true, force: true })
})

const PAGES = [
  { url: '/', text: 'Kiosque' },
  { url: '/articles/3-questions-a-helene-varambon', text: 'Varambon' },
  { url: `/articles/${RUNTIME_SLUG}`, text: RUNTIME_HEADLINE },
  { url: '/recherche?q=varambon', text: 'Varambon' },
]

describe.skipIf(!hasBuild && !process.env.CI)('production server in Sanity mode', () => {
  it('serves cached pages with 200 while the Content Lake answers 503 or hangs', async () => {
    expect(hasBuild, 'no production build in .next: run `npm run build` first').toBe(true)
    standIn.proxy.set({ kind: 'pass' })
    for (const page of PAGES) {
      // Twice: the first request of a runtime page renders it and fills the cache.
      await get(page.url)
      const warm = await get(page.url)
      expect(warm.status, page.url).toBe(200)
      expect(warm.html, page.url).toContain(page.text)
    }
    const faults: Fault[] = [{ kind: 'status', status: 503 }, { kind: 'hang' }]
    for (const fault of faults) {
      standIn.proxy.set(fault)
      const label = fault.kind === 'status' ? String(fault.status) : fault.kind
      for (const page of PAGES) {
        const answer = await get(page.url)
        figure(
          `4 server, Content Lake ${label}: ${page.url} → ${answer.status} in ${answer.ms} ms` +
            `${answer.html.includes(page.text) ? '' : ' (content missing)'}`,
        )
        expect(answer.status, page.url).toBe(200)
        expect(answer.html, page.url).toContain(page.text)
      }
      // A page never rendered before needs the Content Lake: the fault is real for the server.
      const cold = await get(`/articles/${COLD_SLUGS[faults.indexOf(fault)]}`, COLD_WAIT_MS)
      coldEnded.push(cold.ms < COLD_WAIT_MS)
      figure(
        `4 server, Content Lake ${label}: never-cached article → ${cold.status} after ${cold.headersMs} ms, ` +
          `${cold.ms < COLD_WAIT_MS ? `ended in ${cold.ms} ms` : `response still open after ${COLD_WAIT_MS} ms`}, ` +
          `content ${cold.html.includes(COLD_HEADLINE) ? 'served' : 'unavailable'}, ` +
          `${standIn.proxy.log.length} upstream request(s) during the fault`,
      )
      expect(standIn.proxy.log.length).toBeGreaterThan(0)
      expect(cold.html).not.toContain(COLD_HEADLINE)
      // Rendered before it is served (Partial Prefetching off): an error answer, bounded by the
      // Content Lake client's timeout, never a 200 without the content.
      expect(cold.headersMs).toBeGreaterThanOrEqual(0)
      expect(cold.headersMs).toBeLessThan(CONTENT_LAKE_TIMEOUT_MS + 5_000)
      expect(cold.status).toBeGreaterThanOrEqual(500)
    }
    standIn.proxy.set({ kind: 'pass' })
  })

  // With Partial Prefetching on, the shell of such a page was sent with 200 and the response
  // then stayed open; off (next.config.ts), the page is rendered before it is served, so the
  // read failure ends the response with the error page.
  it('ends the response of a never-cached page during a fault', () => {
    expect(coldEnded).toEqual([true, true])
  })

  it('refuses a comment with a French message, keeps the text, writes nothing', async () => {
    const executablePath =
      process.env.CHROMIUM_PATH ??
      (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
    browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--no-first-run'] })
    const page = await browser.newPage({ locale: 'fr-FR' })
    standIn.proxy.set({ kind: 'pass' })
    await page.goto(`${ORIGIN}/articles/3-questions-a-helene-varambon`)
    const form = page.locator('[data-testid="comment-form"]:visible')
    await form.and(page.locator('[data-hydrated="true"]')).waitFor({ timeout: 60_000 })
    const email = 'panne-serveur@stress.example'
    const body = `Écrit pendant une panne du Content Lake ${Date.now().toString(36)}.`
    await form.getByLabel('Commentaire', { exact: true }).fill(body)
    await form.getByLabel('Nom', { exact: true }).fill('Lucie Essai')
    await form.getByLabel('Adresse e-mail', { exact: true }).fill(email)
    await form.getByLabel(/J’accepte que mes données/).check()
    await page.waitForTimeout(3_500)
    const stored = () =>
      standIn.lake.query<number>('count(*[_type == "comment" && authorEmail == $email])', {
        email,
      })
    const rateRows = () =>
      Number(
        openPrivateDb(siteDir).prepare('SELECT count(*) AS n FROM comment_rate_events').get()?.n,
      )

    standIn.proxy.set({ kind: 'status', status: 503 })
    const started = performance.now()
    await form.getByRole('button', { name: 'Publier le commentaire' }).click()
    const error = form.getByText('Votre commentaire n’a pas pu être enregistré', { exact: false })
    await error.waitFor({ timeout: 30_000 })
    const ms = Math.round(performance.now() - started)
    const kept = await form.getByLabel('Commentaire', { exact: true }).inputValue()
    figure(
      `4 server, comment during a 503: « ${(await error.innerText()).trim()} » after ${ms} ms, ` +
        `text ${kept === body ? 'kept' : 'LOST'}, ${await stored()} stored upstream, ` +
        `${rateRows()} rate-limit rows, ${standIn.proxy.log.length} upstream request(s)`,
    )
    expect(kept).toBe(body)
    expect(await stored()).toBe(0)
    expect(rateRows()).toBe(0)

    standIn.proxy.set({ kind: 'pass' })
    await page.waitForTimeout(3_500)
    await form.getByRole('button', { name: 'Publier le commentaire' }).click()
    await form.getByText('en attente de modération', { exact: false }).waitFor({ timeout: 30_000 })
    expect(await stored()).toBe(1)
  })
})
