import 'server-only'

import { parseEnv, type AppEnv } from './schema'

let cached: AppEnv | undefined

/**
 * The validated server environment, parsed on first use (never at import, so a missing token
 * cannot crash a module load). next.config.ts parses it too, so a wrong value stops start-up.
 */
export function getEnv(): AppEnv {
  cached ??= parseEnv()
  return cached
}

export type { AppEnv } from './schema'
