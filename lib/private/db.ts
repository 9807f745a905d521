import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { ensurePrivateDbFile, ensurePrivateDir } from '@/lib/security/private-files'

/**
 * The private database (`<dataDir>/private.db`): personal and operational data that must never
 * reach a content dataset, public or not — comment subscriptions, votes, rate-limit counters,
 * bans, moderator accounts and sessions. It lives beside the embedded lake in both content
 * modes, so a hosted Sanity project never holds a subscriber's address.
 *
 * Each feature declares its tables with `definePrivateTables`; they are created on first use.
 */
const tableSets = new Map<string, string>()
const databases = new Map<string, DatabaseSync>()

/** Registers the DDL of one feature (idempotent `CREATE … IF NOT EXISTS` statements). */
export function definePrivateTables(feature: string, ddl: string): void {
  tableSets.set(feature, ddl)
  for (const db of databases.values()) db.exec(ddl)
}

/** Opens (once per process and directory) the private database of `dataDir`. */
export function openPrivateDb(dataDir: string): DatabaseSync {
  const root = path.resolve(dataDir)
  const existing = databases.get(root)
  if (existing) return existing
  ensurePrivateDir(root)
  const file = path.join(root, 'private.db')
  ensurePrivateDbFile(file)
  const db = new DatabaseSync(file)
  // NORMAL: durable across a killed process, not a power cut (see lib/lake/db.ts).
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 15000;')
  db.exec('PRAGMA foreign_keys = ON;')
  for (const ddl of tableSets.values()) db.exec(ddl)
  databases.set(root, db)
  return db
}

/** Runs `work` in an IMMEDIATE transaction (one writer at a time across processes). */
export function privateTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE')
  try {
    const result = work()
    db.exec('COMMIT')
    return result
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }
}

/** Closes every open private database (tests, graceful shutdown). */
export function closePrivateDbs(): void {
  for (const db of databases.values()) db.close()
  databases.clear()
}
