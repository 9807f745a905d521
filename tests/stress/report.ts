import { appendFileSync } from 'node:fs'

/**
 * Prints one figure of the stress run and keeps it for the summary printed at the end
 * (./summary.ts), so the figures stay together below vitest's own report.
 */
export function figure(text: string): void {
  console.log(`[stress] ${text}`)
  const file = process.env.KIOSQUE_STRESS_REPORT
  if (file) appendFileSync(file, `${text}\n`)
}
