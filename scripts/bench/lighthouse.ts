import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/*
 * (d) Lighthouse through `scripts/lighthouse.ts` (`--base URL --json FILE`), run as a child
 * process against a server the caller started. Returns a message when that script is absent.
 */

/** Written by another part of the project; the section is skipped while it is absent. */
export const LIGHTHOUSE_SCRIPT = 'scripts/lighthouse.ts'

/** Rows as written by scripts/lighthouse.ts, or a message saying why there are none. */
export function benchLighthouse(base: string): Record<string, unknown>[] | string {
  if (!existsSync(LIGHTHOUSE_SCRIPT)) return 'lighthouse : script absent'
  const work = mkdtempSync(path.join(tmpdir(), 'kiosque-bench-lighthouse-'))
  const file = path.join(work, 'lighthouse.json')
  try {
    const result = spawnSync(
      path.resolve('node_modules/.bin/tsx'),
      [LIGHTHOUSE_SCRIPT, '--base', base, '--json', file],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    )
    if (result.status !== 0 || !existsSync(file)) {
      return `lighthouse : échec (code ${String(result.status)})`
    }
    const rows: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return Array.isArray(rows) ? (rows as Record<string, unknown>[]) : 'lighthouse : JSON inattendu'
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
