import 'server-only'

import { getEnv } from '@/lib/env'

import { readOrCreateSecretFile } from './secret-file'

let cached: string | undefined

/**
 * The server secret that signs tokens and cookies: `KIOSQUE_SECRET` when set, otherwise a
 * random one generated on first use and kept in `<dataDir>/secret` (mode 600), so links in sent
 * mails stay valid across restarts and several processes on the same data agree.
 */
export function getServerSecret(): string {
  if (cached) return cached
  const env = getEnv()
  cached = env.secret ?? readOrCreateSecretFile(env.dataDir ?? '.data')
  return cached
}
