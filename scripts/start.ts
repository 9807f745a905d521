/**
 * `npm start`: serves the production build, building it first when there is none, when a source
 * file is newer than it, or when it was made for another public URL, so `npm ci && npm start` is
 * enough on a fresh clone. It runs the production server `scripts/serve.ts` (Next's handler in a
 * `node:http` server, like `next start`), passing on `--port`/`-p` and `--hostname`/`-H`
 * (e.g. `npm start -- --port 4000`; PORT and HOSTNAME work too).
 *
 * The public URL (links of pages, sitemap, feeds and mails) is NEXT_PUBLIC_SITE_URL when set;
 * otherwise the address served on loopback, e.g. http://localhost:4000 (lib/env/site-url.ts).
 * A server listening on another host needs NEXT_PUBLIC_SITE_URL: start stops with a message.
 * `--rebuild` builds even when the existing build is up to date (the e2e suite uses it).
 *
 * In embedded mode (no Sanity project) it also starts the lake API for the Studio
 * (`scripts/lake-api.ts`, https://127.0.0.1:3333), which revalidates the site on each publish
 * and, while no editor account exists, prints a one-time sign-in link for the Studio; the site
 * starts once the API listens, so a site that answers has its Studio API.
 */
import { spawnSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { connect } from 'node:net'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { builtSiteUrl, chooseSiteUrl } from '../lib/env/site-url'

const SOURCES = ['app', 'components', 'lib', 'sanity', 'content', 'public']
const FILES = ['next.config.ts', 'package-lock.json', 'sanity.config.ts', 'postcss.config.mjs']
const distDir = path.resolve('.next')
const buildId = path.join(distDir, 'BUILD_ID')

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0
  const stat = statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const child of readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, child)))
  return newest
}

/** Why the build must be made again, or null when it is up to date for `siteUrl`. */
function rebuildReason(siteUrl: string): string | null {
  if (!existsSync(buildId)) return 'première fois'
  const built = statSync(buildId).mtimeMs
  if ([...SOURCES, ...FILES].some((entry) => newestMtime(entry) > built)) return 'sources modifiées'
  const builtFor = builtSiteUrl(distDir)
  if (builtFor !== siteUrl) return `construit pour ${builtFor ?? 'une adresse inconnue'}`
  return null
}

let options: { port?: string; hostname?: string; rebuild?: boolean }
try {
  options = parseArgs({
    options: {
      port: { type: 'string', short: 'p' },
      hostname: { type: 'string', short: 'H' },
      rebuild: { type: 'boolean' },
    },
  }).values
} catch (error) {
  console.error(
    `${error instanceof Error ? error.message : String(error)}\n` +
      'Options : --port/-p <port>, --hostname/-H <hôte>, --rebuild',
  )
  process.exit(1)
}

// Next reads these files itself; read them here too, to know the public URL and the mode before
// building or starting anything (variables already set win, as with Next).
for (const file of ['.env.production.local', '.env.local', '.env.production', '.env']) {
  if (existsSync(file)) process.loadEnvFile(file)
}

const choice = chooseSiteUrl(process.env, options)
if (!choice.ok) {
  console.error(choice.error)
  process.exit(1)
}
// Every child (build, server, lake API) sees the same public URL.
process.env.NEXT_PUBLIC_SITE_URL = choice.siteUrl

const nextBin = path.resolve('node_modules/next/dist/bin/next')
const reason = options.rebuild ? 'reconstruction demandée' : rebuildReason(choice.siteUrl)
if (reason) {
  console.log(`Construction du site pour ${choice.siteUrl} (${reason})…`)
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const serveArgs = [
  ...(options.port ? ['--port', options.port] : []),
  ...(options.hostname ? ['--hostname', options.hostname] : []),
]
const children: ChildProcess[] = []

/** Resolves once something accepts connections on `host`:`port` (gives up after `ms`). */
function listening(host: string, port: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  return new Promise((resolve) => {
    const attempt = () => {
      const socket = connect(port, host)
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => {
        socket.destroy()
        if (Date.now() > deadline) resolve(false)
        else setTimeout(attempt, 200)
      })
    }
    attempt()
  })
}

function track(child: ChildProcess): void {
  children.push(child)
  // Either one stopping stops the other: a site without its Studio API (or the reverse) is a
  // half-working state nobody would notice.
  child.on('exit', (code) => {
    children.forEach((other) => other !== child && other.kill('SIGTERM'))
    process.exit(code ?? 0)
  })
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => children.forEach((child) => child.kill(signal)))
}

if (!process.env.NEXT_PUBLIC_SANITY_PROJECT_ID) {
  const sitePort = options.port || process.env.PORT || '3000'
  const lakeApiPort = Number(process.env.LAKE_API_PORT ?? 3333)
  track(
    spawn(process.execPath, ['--import', 'tsx', 'scripts/lake-api.ts'], {
      stdio: 'inherit',
      env: {
        ...process.env,
        // The lake API calls the site from this machine, whatever its public URL.
        KIOSQUE_REVALIDATE_URL:
          process.env.KIOSQUE_REVALIDATE_URL ?? `http://127.0.0.1:${sitePort}/api/revalidate`,
      },
    }),
  )
  const lakeApiHost = process.env.LAKE_API_HOST ?? '127.0.0.1'
  if (lakeApiPort > 0 && !(await listening(lakeApiHost, lakeApiPort, 30_000))) {
    console.error(
      `La lake API ne répond pas sur le port ${lakeApiPort} : démarrage du site quand même.`,
    )
  }
}

track(
  spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', ...serveArgs], {
    stdio: 'inherit',
  }),
)
