/**
 * `npm run audit`: runs `npm audit --omit=dev --json` (production dependencies only) and fails
 * on any high or critical advisory, listing each with its path and whether a fix exists.
 *
 * When the registry does not serve the advisory endpoint (the mirror used here answers 405),
 * the installed production tree (`npm ls --omit=dev --all --json`) is checked against the
 * checked-in snapshot of scripts/audit-snapshot.ts instead, and the output says so with the
 * snapshot's date. The live audit is always tried first.
 *
 * Exit codes: 0 clean (low/moderate are printed, not fatal), 1 high/critical found, 2 no audit
 * could run at all (neither the registry nor `npm ls`): an audit that did not happen never
 * passes silently.
 */
import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'

import { ADVISORIES, matchSnapshot, SNAPSHOT_DATE, type Advisory } from './audit-snapshot'

/** The part of `npm audit --json` (npm 7+) this script reads. */
export interface AuditReport {
  vulnerabilities?: Record<
    string,
    {
      severity: string
      via: (string | { title?: string; url?: string; severity?: string })[]
      range?: string
      fixAvailable?: boolean | { name: string; version: string }
    }
  >
  metadata?: { vulnerabilities?: Record<string, number> }
  error?: unknown
  message?: string
}

/** Severities that fail the audit. */
export const BLOCKING = new Set(['high', 'critical'])

/** One line per blocking advisory: « next (critical) <range> : title url — correctif : … ». */
export function blockingAdvisories(report: AuditReport): string[] {
  return Object.entries(report.vulnerabilities ?? {})
    .filter(([, vulnerability]) => BLOCKING.has(vulnerability.severity))
    .map(([name, vulnerability]) => {
      const titles = vulnerability.via
        .map((via) =>
          typeof via === 'string' ? `via ${via}` : `${via.title ?? ''} ${via.url ?? ''}`,
        )
        .join(' ; ')
      const fix = vulnerability.fixAvailable
        ? typeof vulnerability.fixAvailable === 'object'
          ? `${vulnerability.fixAvailable.name}@${vulnerability.fixAvailable.version}`
          : 'npm audit fix'
        : 'aucun'
      return `${name} (${vulnerability.severity}) ${vulnerability.range ?? ''} : ${titles.trim()} — correctif : ${fix}`
    })
}

/** The part of `npm ls --json` this script reads. */
export interface DependencyTree {
  version?: string
  dependencies?: Record<string, DependencyTree>
}

/** name → version → the dependency paths it was found at (`sanity > @sanity/cli > adm-zip`). */
export function installedPackages(tree: DependencyTree): Map<string, Map<string, string[]>> {
  const found = new Map<string, Map<string, string[]>>()
  const walk = (node: DependencyTree, trail: string[]) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      const path = [...trail, name]
      if (child.version) {
        const versions = found.get(name) ?? new Map<string, string[]>()
        const paths = versions.get(child.version) ?? []
        paths.push(path.join(' > '))
        versions.set(child.version, paths)
        found.set(name, versions)
      }
      // A cycle or a deduped entry lists no children: the walk ends there.
      if (path.length < 64) walk(child, path)
    }
  }
  walk(tree, [])
  return found
}

/** Verdict from the local snapshot: same exit codes as the live audit. */
export function snapshotVerdict(
  tree: DependencyTree,
  advisories: readonly Advisory[] = ADVISORIES,
): { code: 0 | 1; lines: string[] } {
  const installed = installedPackages(tree)
  const findings = matchSnapshot(installed, advisories)
  const checked = advisories.flatMap((advisory) => advisory.packages)
  const present = [...new Set(checked)].filter((name) => installed.has(name))
  const lines = [
    `Registre sans point d’audit : vérification hors ligne contre l’instantané local du ${SNAPSHOT_DATE} ` +
      `(${advisories.length} alertes, scripts/audit-snapshot.ts), ${installed.size} paquets de production installés, ` +
      `${present.length} concernés par l’instantané : ${present
        .map((name) => `${name}@${[...(installed.get(name)?.keys() ?? [])].join('/')}`)
        .join(', ')}.`,
  ]
  let blocking = 0
  for (const finding of findings) {
    const fatal = BLOCKING.has(finding.advisory.severity)
    if (fatal) blocking++
    const fixed = finding.advisory.ranges.map((range) => range.fixed).filter(Boolean)
    lines.push(
      `  ${finding.name}@${finding.version} (${finding.advisory.severity}) ${finding.advisory.id} : ` +
        `${finding.advisory.title} — corrigé en ${fixed.join(' / ') || 'aucune version'} — ` +
        `${finding.advisory.sources[0] ?? ''}\n    via ${finding.paths.slice(0, 3).join(' ; ')}`,
    )
  }
  lines.push(
    blocking > 0
      ? `${blocking} alerte(s) haute(s) ou critique(s) selon l’instantané du ${SNAPSHOT_DATE}.`
      : `Aucune alerte haute ou critique selon l’instantané du ${SNAPSHOT_DATE} ` +
          `(${findings.length} alerte(s) faible(s) ou modérée(s)).`,
  )
  return { code: blocking > 0 ? 1 : 0, lines }
}

function offline(reason: string): number {
  console.error(`Audit npm impossible : ${reason}`)
  const run = spawnSync('npm', ['ls', '--omit=dev', '--all', '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  let tree: DependencyTree
  try {
    tree = JSON.parse(run.stdout || 'null') as DependencyTree
    if (!tree?.dependencies) throw new Error('arbre vide')
  } catch {
    console.error(`Audit impossible : npm ls n’a pas donné l’arbre des dépendances.\n${run.stderr}`)
    return 2
  }
  const verdict = snapshotVerdict(tree)
  for (const line of verdict.lines) (verdict.code ? console.error : console.log)(line)
  return verdict.code
}

function main(): number {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
  let report: AuditReport
  try {
    report = JSON.parse(run.stdout || '{}') as AuditReport
  } catch {
    return offline(`réponse illisible de npm audit.\n${run.stderr}`)
  }
  const counts = report.metadata?.vulnerabilities
  if (!counts) {
    return offline(
      `le registre n’a pas répondu à l’audit (${report.message ?? run.stderr.trim()}).`,
    )
  }
  console.log(
    `npm audit --omit=dev : ${Object.entries(counts)
      .map(([severity, count]) => `${severity} ${count}`)
      .join(', ')}`,
  )
  const blocking = blockingAdvisories(report)
  for (const line of blocking) console.error(`  ${line}`)
  if (blocking.length > 0) {
    console.error(`${blocking.length} dépendance(s) avec une alerte haute ou critique.`)
    return 1
  }
  console.log('Aucune alerte haute ou critique dans les dépendances de production.')
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(main())
}
