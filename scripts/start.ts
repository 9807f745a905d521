/**
 * `npm start`: serves the production build on http://localhost:3000, building it first when
 * there is none or when a source file is newer than it, so `npm ci && npm start` is enough on a
 * fresh clone. It runs the production server `scripts/serve.ts` (Next's handler in a `node:http`
 * server, like `next start`), passing on `--port`/`-p` and `--hostname`/`-H`
 * (e.g. `npm start -- --port 4000`).
 * In embedded mode (no Sanity project) it also starts the lake API for the Studio
 * (`scripts/lake-api.ts`, https://127.0.0.1:3333), which revalidates the site on each publish
 * and, while no editor account exists, prints a one-time sign-in link for the Studio.
 */
import { spawnSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const SOURCES = ['app', 'components', 'lib', 'sanity', 'content', 'public']
const FILES = ['next.config.ts', 'package-lock.json', 'sanity.config.ts', 'postcss.config.mjs']
const buildId = path.resolve('.next/BUILD_ID')

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0
  const stat = statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const child of readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, child)))
  return newest
}

function buildIsStale(): boolean {
  if (!existsSync(buildId)) return true
  const built = statSync(buildId).mtimeMs
  return [...SOURCES, ...FILES].some((entry) => newestMtime(entry) > built)
}

const nextBin = path.resolve('node_modules/next/dist/bin/next')

if (buildIsStale()) {
  console.log('Construction du site (première fois ou sources modifiées)…')
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

// Next reads these files itself; read them here too, to know the mode before starting anything.
for (const file of ['.env.production.local', '.env.local', '.env.production', '.env']) {
  if (existsSync(file)) process.loadEnvFile(file)
}

const args = process.argv.slice(2)
const children = [
  spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', ...args], { stdio: 'inherit' }),
]

if (!process.env.NEXT_PUBLIC_SANITY_PROJECT_ID) {
  const portFlag = args.findIndex((arg) => arg === '-p' || arg === '--port')
  const sitePort = (portFlag >= 0 ? args[portFlag + 1] : undefined) ?? process.env.PORT ?? '3000'
  const lakeApi = spawn(process.execPath, ['--import', 'tsx', 'scripts/lake-api.ts'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      // The lake API calls the site from this machine, whatever its public URL.
      KIOSQUE_REVALIDATE_URL:
        process.env.KIOSQUE_REVALIDATE_URL ?? `http://127.0.0.1:${sitePort}/api/revalidate`,
      // Without a public URL the Studio is this server's, on whatever port it was given.
      STUDIO_URL:
        process.env.STUDIO_URL ??
        (process.env.NEXT_PUBLIC_SITE_URL ? undefined : `http://localhost:${sitePort}/studio`),
    },
  })
  children.push(lakeApi)
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => children.forEach((child) => child.kill(signal)))
}
// Either one stopping stops the other: a site without its Studio API (or the reverse) is a
// half-working state nobody would notice.
for (const child of children) {
  child.on('exit', (code) => {
    children.forEach((other) => other !== child && other.kill('SIGTERM'))
    process.exit(code ?? 0)
  })
}
