import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs'

/** Owner-only modes for files holding personal data (databases, outbox): `rw-------`, `rwx------`. */
export const PRIVATE_FILE_MODE = 0o600
export const PRIVATE_DIR_MODE = 0o700

/**
 * Creates `dir` (and missing parents) readable by its owner only. An existing directory keeps
 * its mode: it may be one an administrator chose and shares on purpose.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
}

/**
 * Makes sure a SQLite database file exists with mode 600 before SQLite opens it: SQLite gives
 * its `-wal` and `-shm` files the mode of the database file, so all three stay owner-only.
 * A file created world-readable by an older version is narrowed on the way.
 */
export function ensurePrivateDbFile(file: string): void {
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE))
  chmodSync(file, PRIVATE_FILE_MODE)
  for (const companion of [`${file}-wal`, `${file}-shm`]) {
    try {
      chmodSync(companion, PRIVATE_FILE_MODE)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
}
