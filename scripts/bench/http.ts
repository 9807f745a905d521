import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import autocannon from 'autocannon'

import { defaultDataDir } from '@/lib/lake'

import { serveCommand } from '../serve-command'
import { bareFirstLoad, firstLoadOf, nextVersion } from './bare-page'
import { startServer, watchPeakRss, type Server } from './server'
import { buildStockPost, STOCK_POST_PATH, stockPostCommand } from './stock-post'

/*
 * (a) autocannon on the article page through `next start` and through the production server
 * (`scripts/serve.ts`, what `npm start` runs: Next's handler with large bodies written as
 * Buffers), then on the same HTML served from memory by a minimal node:http server, each
 * uncompressed and with `Accept-Encoding: gzip, br`; (f) the peak resident memory of the
 * production server (process tree) meanwhile; and the first-load JavaScript of the article page
 * against a bare App Router page of the same build. The peer: a stock Next.js blog post with the
 * same text under `next start` (stock-post.ts), loaded the same way, the article's bytes and
 * throughput given as ratios to it.
 */

export const ARTICLE = '/articles/3-questions-a-helene-varambon'
const ENCODINGS = { aucune: {}, 'gzip, br': { 'Accept-Encoding': 'gzip, br' } }
const SITE_SERVERS = ['next start', 'npm start'] as const
type SiteServer = (typeof SITE_SERVERS)[number]

const PEER = 'billet Next (next start)'

/** One autocannon run. */
export interface HttpRow {
  server: SiteServer | 'statique' | typeof PEER
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
  ratios: { server: SiteServer; encoding: string; staticOverServer: number | null }[]
  /** Response bytes (HTML with its inline RSC payload), raw and gzip. */
  bytes: { page: string; rawKb: number; gzipKb: number }[]
  /** The article against the stock post: bytes, and throughput per server and encoding. */
  peer: { measure: string; article: number; stockPost: number; ratio: number | null }[]
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
 * The site on `port` (`npm start`'s production server unless `server` says `next start`) over a
 * temporary copy of the data the site was built with (`KIOSQUE_DATA_DIR` or `.data`), so a
 * benchmark never writes into it. `stop` leaves the copy; the caller removes `work`.
 */
export async function startSite(
  port: number,
  work: string,
  server: SiteServer = 'npm start',
): Promise<Server> {
  const dataDir = path.join(work, `data-${server.replace(' ', '-')}`)
  if (existsSync(defaultDataDir())) cpSync(defaultDataDir(), dataDir, { recursive: true })
  const env = { ...process.env, KIOSQUE_DATA_DIR: dataDir, NODE_ENV: 'production' as const }
  const args =
    server === 'next start'
      ? [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)]
      : serveCommand(port)
  return startServer(process.execPath, args, `http://127.0.0.1:${port}${ARTICLE}`, env)
}

/** Needs a production build (`npm run build`): returns a message when there is none. */
export async function benchHttp(options: HttpOptions): Promise<HttpResult | string> {
  if (!existsSync('.next/BUILD_ID')) return NO_BUILD
  const work = mkdtempSync(path.join(tmpdir(), 'kiosque-bench-http-'))
  let site: Server | undefined
  try {
    const base = `http://127.0.0.1:${options.port}`
    const url = `${base}${ARTICLE}`
    const rows: HttpRow[] = []
    let html = ''
    let firstLoadJs: HttpResult['firstLoadJs'] = []
    let idle = 0
    let peak = 0
    for (const server of SITE_SERVERS) {
      site = await startSite(options.port, work, server)
      if (server === 'npm start') {
        html = await (await fetch(url)).text()
        firstLoadJs = await measureFirstLoad(base, html, options.log)
        idle = watchPeakRss(site.child.pid!).stop()
      }
      const memory = watchPeakRss(site.child.pid!)
      for (const [encoding, headers] of Object.entries(ENCODINGS)) {
        options.log(`autocannon ${server} (${encoding})…`)
        rows.push(await cannon(server, encoding, url, headers, options))
      }
      if (server === 'npm start') peak = memory.stop()
      else memory.stop()
      await site.stop()
      site = undefined
    }
    options.log('billet de blog Next de référence…')
    const stockDir = buildStockPost(options.log)
    const stockUrl = `${base}${STOCK_POST_PATH}`
    site = await startServer(process.execPath, stockPostCommand(stockDir, options.port), stockUrl, {
      ...process.env,
      NODE_ENV: 'production',
    })
    const stockHtml = await (await fetch(stockUrl)).text()
    for (const [encoding, headers] of Object.entries(ENCODINGS)) {
      options.log(`autocannon ${PEER} (${encoding})…`)
      rows.push(await cannon(PEER, encoding, stockUrl, headers, options))
    }
    await site.stop()
    site = undefined

    const file = path.join(work, 'article.html')
    writeFileSync(file, html)
    site = await startServer(
      tsxBin,
      ['scripts/bench/static-server.ts', file, String(options.port)],
      `${base}/`,
    )
    for (const [encoding, headers] of Object.entries(ENCODINGS)) {
      options.log(`autocannon statique (${encoding})…`)
      rows.push(await cannon('statique', encoding, url, headers, options))
    }
    const rate = (server: HttpRow['server'], encoding: string) =>
      rows.find((row) => row.server === server && row.encoding === encoding)!.requestsPerSecond
    const ratios = SITE_SERVERS.flatMap((server) =>
      Object.keys(ENCODINGS).map((encoding) => {
        const served = rate(server, encoding)
        return {
          server,
          encoding,
          staticOverServer: served > 0 ? rate('statique', encoding) / served : null,
        }
      }),
    )
    const article = sizeOf(html)
    const stock = sizeOf(stockHtml)
    const bytes = [
      { page: ARTICLE, ...article },
      { page: `${PEER} ${STOCK_POST_PATH}`, ...stock },
    ]
    const versus = (measure: string, ofArticle: number, ofStock: number) => ({
      measure,
      article: ofArticle,
      stockPost: ofStock,
      ratio: ofStock > 0 ? ofArticle / ofStock : null,
    })
    const peer = [
      versus('octets bruts (Ko)', article.rawKb, stock.rawKb),
      versus('octets gzip (Ko)', article.gzipKb, stock.gzipKb),
      ...SITE_SERVERS.flatMap((server) =>
        Object.keys(ENCODINGS).map((encoding) =>
          versus(`req/s ${server} (${encoding})`, rate(server, encoding), rate(PEER, encoding)),
        ),
      ),
    ]
    return {
      rows,
      ratios,
      bytes,
      peer,
      peakRssMb: peak / 2 ** 20,
      idleRssMb: idle / 2 ** 20,
      firstLoadJs,
    }
  } finally {
    await site?.stop()
    rmSync(work, { recursive: true, force: true })
  }
}

function sizeOf(html: string): { rawKb: number; gzipKb: number } {
  return {
    rawKb: Buffer.byteLength(html) / 1024,
    gzipKb: gzipSync(html).length / 1024,
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
 * First-load JS, gzip level 9 per file (what a browser downloads), but the `noModule`
 * polyfills: the article's scripts as its HTML lists them, and the same for a bare Next.js page
 * of the same version, really built (`bare-page.ts`).
 */
async function measureFirstLoad(
  base: string,
  html: string,
  log: (line: string) => void,
): Promise<HttpResult['firstLoadJs']> {
  const article = await firstLoadOf(html, async (file) =>
    Buffer.from(await (await fetch(`${base}${file}`)).arrayBuffer()),
  )
  const bare = await bareFirstLoad(log)
  return [
    { page: ARTICLE, ...article, method: 'scripts du HTML servi' },
    { page: 'page Next nue', ...bare, method: `bench/bare-next construite (next ${nextVersion})` },
  ]
}
