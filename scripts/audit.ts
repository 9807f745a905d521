/**
 * `npm run audit`: runs `npm audit --omit=dev --json` (production dependencies only) and fails
 * on any high or critical advisory, listing each with its path and whether a fix exists. Exit
 * codes: 0 clean (low/moderate are printed, not fatal), 1 high/critical found, 2 the audit
 * could not run (no registry, or a registry that does not serve the advisory endpoint): an
 * audit that did not happen never passes silently.
 */
import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'

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

function main(): number {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
  let report: AuditReport
  try {
    report = JSON.parse(run.stdout || '{}') as AuditReport
  } catch {
    console.error(`Audit impossible : réponse illisible de npm audit.\n${run.stderr}`)
    return 2
  }
  const counts = report.metadata?.vulnerabilities
  if (!counts) {
    console.error(
      `Audit impossible : le registre n’a pas répondu à l’audit (${report.message ?? run.stderr.trim()}).`,
    )
    return 2
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
