/**
 * `npm start`: serves the production build on http://localhost:3000, building it first when
 * there is none or when a source file is newer than it, so `npm ci && npm start` is enough on a
 * fresh clone. Arguments are passed on to `next start` (e.g. `npm start -- --port 4000`).
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
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)))
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

const server = spawn(process.execPath, [nextBin, 'start', ...process.argv.slice(2)], {
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code) => process.exit(code ?? 0))
