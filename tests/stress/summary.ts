import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Vitest global setup of `npm run test:stress`: collects the figures, prints them at the end. */
export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-stress-report-'))
  const file = path.join(dir, 'figures.txt')
  process.env.KIOSQUE_STRESS_REPORT = file
  return () => {
    let figures = ''
    try {
      figures = readFileSync(file, 'utf8')
    } catch {
      figures = '(aucun chiffre : les tests n’ont rien mesuré)\n'
    }
    process.stdout.write(`\nStress figures\n${figures.trimEnd().replace(/^/gm, '  ')}\n`)
    rmSync(dir, { recursive: true, force: true })
  }
}
