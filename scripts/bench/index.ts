import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { benchBuild } from './build'
import { benchComments } from './comments'
import { ARTICLE, benchHttp, NO_BUILD, startSite } from './http'
import { benchLighthouse, LIGHTHOUSE_SCRIPT } from './lighthouse'
import { benchQueries } from './queries'
import { printTable } from './stats'

/*
 * `npm run bench [-- SECTION…] [--json FILE] [--port N] [--duration S] [--sizes 100,1000]`.
 * Sections: http (autocannon, memory, first-load JS), queries, comments, lighthouse, build.
 * Without a section, every cheap one runs (all but build, which rebuilds Next per size).
 * Figures go to the terminal as tables and to `bench/results.json` (or --json FILE).
 */

const SECTIONS = ['http', 'queries', 'comments', 'lighthouse', 'build'] as const
type Section = (typeof SECTIONS)[number]

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'string', default: 'bench/results.json' },
    port: { type: 'string', default: '3141' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    sizes: { type: 'string', default: '100,1000,10000' },
    'build-sizes': { type: 'string', default: '100,1000' },
  },
})

const unknown = positionals.filter((name) => !SECTIONS.includes(name as Section))
if (unknown.length > 0) {
  console.error(`Section inconnue : ${unknown.join(', ')} (possibles : ${SECTIONS.join(', ')})`)
  process.exit(1)
}
const wanted = new Set<Section>(
  positionals.length > 0
    ? (positionals as Section[])
    : SECTIONS.filter((section) => section !== 'build'),
)
const port = Number(values.port)
const duration = Number(values.duration)
const connections = Number(values.connections)
const sizes = (list: string) => list.split(',').map(Number)
const log = (line: string) => console.log(`… ${line}`)
const cacheDir = path.resolve('bench/lakes')
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: (await import('node:os')).cpus().length,
}
const save = () => {
  mkdirSync(path.dirname(path.resolve(values.json)), { recursive: true })
  writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`)
}

if (wanted.has('http')) {
  const http = await benchHttp({ port, duration, connections, log })
  results.http = http
  if (typeof http === 'string') console.log(`\n## http\n${http}`)
  else {
    printTable(`http : ${ARTICLE}, ${connections} connexions, ${duration} s`, http.rows)
    printTable('http : rapport statique / serveur du site', http.ratios)
    printTable('octets de la réponse (HTML et RSC en ligne)', http.bytes)
    printTable('article / billet Next de référence (même mesure, même passage)', http.peer)
    printTable('mémoire du serveur de production (npm start, RSS, arbre de processus)', [
      { repos: `${Math.round(http.idleRssMb)} Mo`, pic: `${Math.round(http.peakRssMb)} Mo` },
    ])
    printTable('JavaScript au premier chargement (gzip -9)', http.firstLoadJs)
  }
  save()
}

if (wanted.has('queries')) {
  const rows = await benchQueries(sizes(values.sizes), cacheDir, { log })
  results.queries = rows
  printTable('requêtes du lac embarqué (ms, sans cache de résultat)', rows)
  save()
}

if (wanted.has('comments')) {
  log(`commentaires : ${connections} envois simultanés pendant ${duration} s`)
  const comments = await benchComments(connections, duration)
  results.comments = comments
  printTable('envoi de commentaires (submitComment, lac + base privée)', [comments])
  save()
}

if (wanted.has('lighthouse')) {
  const work = mkdtempSync(path.join(tmpdir(), 'kiosque-bench-lh-'))
  let lighthouse: Record<string, unknown>[] | string = existsSync(LIGHTHOUSE_SCRIPT)
    ? NO_BUILD
    : 'lighthouse : script absent'
  try {
    const server =
      existsSync(LIGHTHOUSE_SCRIPT) && (await startSite(port + 1, work).catch(() => null))
    if (server) {
      lighthouse = benchLighthouse(`http://127.0.0.1:${port + 1}`)
      await server.stop()
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  results.lighthouse = lighthouse
  if (typeof lighthouse === 'string') console.log(`\n## lighthouse\n${lighthouse}`)
  else printTable('lighthouse', lighthouse)
  save()
}

if (wanted.has('build')) {
  const rows = benchBuild(sizes(values['build-sizes']), cacheDir, log)
  results.build = rows
  printTable('durée de next build', rows)
  save()
}

console.log(`\nRésultats écrits dans ${values.json}`)
