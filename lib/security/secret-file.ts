import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Reads `<dataDir>/secret`, creating it (mode 600, random) on first use. Kept apart from
 * `secret.ts` (which is `server-only` and reads the app's env) so that the lake API process,
 * a plain Node script on the same data directory, derives the same keys as the site. Node-only
 * (node:fs), so it can never reach a browser bundle.
 */
export function readOrCreateSecretFile(dataDir: string): string {
  const dir = path.resolve(dataDir)
  const file = path.join(dir, 'secret')
  mkdirSync(dir, { recursive: true })
  try {
    // 'wx' fails when another process created it first; then both read the same value.
    writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return readFileSync(file, 'utf8').trim()
}
