import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import autocannon from 'autocannon'

import { defaultDataDir } from '@/lib/lake'

import { startServer, watchPeakRss, type Server } from './server'

/*
 * (a) autocannon on the article page through `next start`, then on the same HTML served from
 * memory by a minimal node:http server, each uncompressed and with `Accept-Encoding: gzip, br`;
 * (f) the peak resident memory of the Next server (process tree) meanwhile; and the first-load
 * JavaScript of the article page against a bare App Router page of the same build.
 */

export const ARTICLE = '/articles/3-questions-a-helene-varambon'
const ENCODINGS = { aucune: {}, 'gzip, br': { 'Accept-Encoding': 'gzip, br' } }

/** One autocannon run. */
export interface HttpRow {
  server: 'next start' | 'statique'
  encoding: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  errors: number
  non2xx: number
}

/** Result of the HTTP section. */
export interface HttpResult {
  rows: HttpRow[]
  ratios: { encoding: string; staticOverNext: number | null }[]
  peakRssMb: number
  idleRssMb: number
  firstLoadJs: { page: string; scripts: number; gzipKb: number; method: string }[]
}

export interface HttpOptions {
  port: number
  duration: number
  connections: number
  log: (line: string) => void
}

const nextBin = path.resolve('node_modules/next/dist/bin/next')
const tsxBin = path.resolve('node_modules/.bin/tsx')

export const NO_BUILD = 'pas de build de production : lancez `npm run build`'

/**
 * `next start` on `port` over a temporary copy of the data the site was built with
 * (`KIOSQUE_DATA_DIR` or `.data`), so a benchmark never writes into it. `stop` removes the copy.
 */
export async function startNext(port: number, work: string): Promise<Server> {
  const dataDir = path.join(work, 'data')
  if (existsSync(defaultDataDir())) cpSync(defaultDataDir(), dataDir, { recursive: true })
  const env = { ...process.env, KIOSQUE_DATA_DIR: dataDir, NODE_ENV: 'production' as const }
  return startServer(
    process.execPath,
    [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)],
    `http://127.0.0.1:${port}${ARTICLE}`,
    env,
  )
}

/** Needs a production build (`npm run build`): returns a message when there is none. */
export async function benchHttp(options: HttpOptions): Promise<HttpResult | string> {
  if (!existsSync('.next/BUILD_ID')) return NO_BUILD
  const work = mkdtempSync(path.join(tmpdir(), 'kiosque-bench-http-'))
  let next: Server | undefined
  let statics: Server | undefined
  try {
    const base = `http://127.0.0.1:${options.port}`
    next = await startNext(options.port, work)
    const html = await (await fetch(`${base}${ARTICLE}`)).text()
    const file = path.join(work, 'article.html')
    writeFileSync(file, html)
    const firstLoadJs = await measureFirstLoad(base, html)
    const rows: HttpRow[] = []
    const idle = watchPeakRss(next.child.pid!).stop()
    const memory = watchPeakRss(next.child.pid!)
    for (const [encoding, headers] of Object.entries(ENCODINGS)) {
      options.log(`autocannon next start (${encoding})…`)
      rows.push(await cannon('next start', encoding, `${base}${ARTICLE}`, headers, options))
    }
    const peak = memory.stop()
    await next.stop()
    next = undefined
    statics = await startServer(
      tsxBin,
      ['scripts/bench/static-server.ts', file, String(options.port)],
      `${base}/`,
    )
    for (const [encoding, headers] of Object.entries(ENCODINGS)) {
      options.log(`autocannon statique (${encoding})…`)
      rows.push(await cannon('statique', encoding, `${base}${ARTICLE}`, headers, options))
    }
    const ratios = Object.keys(ENCODINGS).map((encoding) => {
      const of = (server: HttpRow['server']) =>
        rows.find((row) => row.server === server && row.encoding === encoding)!.requestsPerSecond
      const next = of('next start')
      return { encoding, staticOverNext: next > 0 ? of('statique') / next : null }
    })
    return { rows, ratios, peakRssMb: peak / 2 ** 20, idleRssMb: idle / 2 ** 20, firstLoadJs }
  } finally {
    await next?.stop()
    await statics?.stop()
    rmSync(work, { recursive: true, force: true })
  }
}

async function cannon(
  server: HttpRow['server'],
  encoding: string,
  url: string,
  headers: Record<string, string>,
  { duration, connections }: HttpOptions,
): Promise<HttpRow> {
  // A 30 s timeout: on a loaded machine slow answers count as slow, not as errors.
  // Let the server drain the previous run's backlog: one answered request first.
  await (await fetch(url, { headers })).arrayBuffer()
  const result = await autocannon({ url, connections, duration, headers, timeout: 30 })
  return {
    server,
    encoding,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

/**
 * First-load JS, gzip level 9 per file (what a browser downloads). The article: every
 * `/_next/static/**.js` its HTML references, but the `noModule` polyfills. The bare page: the `rootMainFiles` of this build's
 * manifest, the runtime every App Router page loads before its own chunks, which is exactly
 * what a page with a server-only layout and no client component of its own ships.
 */
async function measureFirstLoad(base: string, html: string): Promise<HttpResult['firstLoadJs']> {
  const gzipKb = async (files: string[]) => {
    let total = 0
    for (const file of files) {
      const body = Buffer.from(await (await fetch(`${base}${file}`)).arrayBuffer())
      total += gzipSync(body, { level: 9 }).length
    }
    return total / 1024
  }
  const manifest = JSON.parse(readFileSync('.next/build-manifest.json', 'utf8')) as {
    rootMainFiles?: string[]
    polyfillFiles?: string[]
  }
  // `<script noModule>` polyfills are skipped by every browser that runs modules.
  const polyfills = new Set((manifest.polyfillFiles ?? []).map((file) => `/_next/${file}`))
  const article = [...new Set(html.match(/\/_next\/static\/[^"'\s)]+?\.js/g) ?? [])].filter(
    (file) => !polyfills.has(file),
  )
  const bare = (manifest.rootMainFiles ?? []).map((file) => `/_next/${file}`)
  return [
    {
      page: ARTICLE,
      scripts: article.length,
      gzipKb: await gzipKb(article),
      method: 'scripts du HTML',
    },
    {
      page: 'page Next nue (même build)',
      scripts: bare.length,
      gzipKb: await gzipKb(bare),
      method: 'rootMainFiles du build-manifest',
    },
  ]
}
