import 'server-only'

import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { getEnv } from '@/lib/env'

let cached: string | undefined

/**
 * The server secret that signs tokens and cookies: `KIOSQUE_SECRET` when set, otherwise a
 * random one generated on first use and kept in `<dataDir>/secret` (mode 600), so links in sent
 * mails stay valid across restarts and several processes on the same data agree.
 */
export function getServerSecret(): string {
  if (cached) return cached
  const env = getEnv()
  if (env.secret) return (cached = env.secret)
  const dataDir = path.resolve(env.dataDir ?? '.data')
  const file = path.join(dataDir, 'secret')
  mkdirSync(dataDir, { recursive: true })
  try {
    // 'wx' fails when another process created it first; then both read the same value.
    writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  cached = readFileSync(file, 'utf8').trim()
  return cached
}
