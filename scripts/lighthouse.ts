/**
 * `npm run lighthouse [-- --base URL] [--json FILE]`: Lighthouse on the home page and an
 * interview, mobile and desktop presets, in headless Chromium. Prints the four scores with LCP
 * and CLS, and the audits that keep accessibility, best practices or SEO below 100. A
 * measurement, not a test: it exits 0 whatever the scores (non-zero only when it cannot run).
 *
 * Without `--base` it serves the existing production build itself (`scripts/serve.ts` on a free
 * port, data from KIOSQUE_DATA_DIR as usual) and stops it at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import path from 'node:path'
import { parseArgs } from 'node:util'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse'

import { serveCommand } from './serve-command'

const PAGES = [
  { page: 'accueil', path: '/' },
  { page: 'entretien', path: '/articles/3-questions-a-helene-varambon' },
]
const FORM_FACTORS = ['mobile', 'desktop'] as const
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

/** One row of `--json`: scores out of 100, LCP in milliseconds. */
export interface LighthouseRow {
  page: string
  formFactor: (typeof FORM_FACTORS)[number]
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  cls: number
}

const { values } = parseArgs({
  options: { base: { type: 'string' }, json: { type: 'string' } },
})

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('port')),
      )
    })
  })
}

async function waitFor(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`le serveur s’est arrêté (code ${server.exitCode})`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} ne répond pas après 60 s`)
}

/** Serves the existing build on a free port; null (with a message) when there is no build. */
async function startServer(): Promise<{ base: string; server: ChildProcess } | null> {
  if (!existsSync(path.resolve('.next/BUILD_ID'))) {
    console.error(
      'Aucune construction de production : lancez d’abord `npm run build`, ou passez ' +
        '`--base http://hôte:port` vers un site déjà servi.',
    )
    return null
  }
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = spawn(process.execPath, serveCommand(port), {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env },
  })
  await waitFor(`${base}/`, server)
  return { base, server }
}

const score = (result: Result, id: string) => Math.round((result.categories[id]?.score ?? 0) * 100)

/** Audits of a category that did not pass, as « titre (valeur) » with the first elements at fault. */
function misses(result: Result, id: string, withItems: boolean): string[] {
  return (result.categories[id]?.auditRefs ?? []).flatMap((ref) => {
    const audit = result.audits[ref.id]
    if (!audit || audit.score === null || audit.score >= 1 || ref.weight === 0) return []
    const items =
      withItems && audit.details && 'items' in audit.details
        ? (audit.details.items as Record<string, unknown>[]).slice(0, 3).map((item) => {
            const node = item.node as { snippet?: string } | undefined
            return String(node?.snippet ?? item.description ?? item.url ?? item.source ?? '')
          })
        : []
    const value = audit.displayValue ? ` (${audit.displayValue})` : ''
    return [`${audit.title}${value}${items.map((item) => `\n    · ${item}`).join('')}`]
  })
}

async function main(): Promise<number> {
  let base = values.base?.replace(/\/$/, '')
  let server: ChildProcess | undefined
  if (!base) {
    const started = await startServer()
    if (!started) return 1
    ;({ base, server } = started)
  }
  const chromePath =
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  })
  const rows: LighthouseRow[] = []
  const report: string[] = []
  try {
    for (const { page, path: pagePath } of PAGES) {
      const url = `${base}${pagePath}`
      // A first request fills the server's caches: measure the page as readers get it.
      await fetch(url).then((response) => response.text())
      for (const formFactor of FORM_FACTORS) {
        const flags: Flags = {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        }
        const runner = await lighthouse(
          url,
          flags,
          formFactor === 'desktop' ? desktopConfig : undefined,
        )
        if (!runner) throw new Error(`Lighthouse n’a rien rendu pour ${url}`)
        const result = runner.lhr
        const row: LighthouseRow = {
          page,
          formFactor,
          performance: score(result, 'performance'),
          accessibility: score(result, 'accessibility'),
          bestPractices: score(result, 'best-practices'),
          seo: score(result, 'seo'),
          lcpMs: Math.round(result.audits['largest-contentful-paint']?.numericValue ?? 0),
          cls: Number((result.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
        }
        rows.push(row)
        for (const category of ['accessibility', 'best-practices', 'seo'] as const) {
          if (score(result, category) < 100)
            report.push(
              `✗ ${page} (${formFactor}) ${category} ${score(result, category)} : ` +
                misses(result, category, true).join(' ; '),
            )
        }
        if (row.performance < 90)
          report.push(
            `! ${page} (${formFactor}) performance ${row.performance} : ` +
              misses(result, 'performance', false).join(' ; '),
          )
      }
    }
  } finally {
    chrome.kill()
    server?.kill('SIGTERM')
  }

  const { version } = createRequire(import.meta.url)('lighthouse/package.json') as {
    version: string
  }
  console.log(`Lighthouse ${version} sur ${base}`)
  console.table(
    rows.map((row) => ({
      page: row.page,
      format: row.formFactor,
      performance: row.performance,
      accessibilité: row.accessibility,
      'bonnes pratiques': row.bestPractices,
      SEO: row.seo,
      'LCP (ms)': row.lcpMs,
      CLS: row.cls,
    })),
  )
  if (report.length === 0)
    console.log('Accessibilité, bonnes pratiques et SEO à 100 partout ; performance ≥ 90.')
  else console.log(['Écarts :', ...report].join('\n'))
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(rows, null, 2)}\n`)
    console.log(`Résultats écrits dans ${values.json}`)
  }
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
