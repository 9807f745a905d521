import 'server-only'

import type { DatabaseSync } from 'node:sqlite'

import { getEnv } from '@/lib/env'

import { openPrivateDb } from './db'

/** The private database of the configured data directory (see lib/private/db.ts). */
export function getPrivateDb(): DatabaseSync {
  return openPrivateDb(getEnv().dataDir ?? '.data')
}

export { definePrivateTables, privateTransaction } from './db'
