import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { DatabaseSync } from 'node:sqlite'

import { closePrivateDbs, openPrivateDb } from '@/lib/private/db'
import '@/lib/moderation/schema'

/** A private database in a fresh temporary directory, and its cleanup. */
export function tempPrivateDb(): { db: DatabaseSync; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-moderation-'))
  return {
    db: openPrivateDb(dir),
    dir,
    cleanup: () => {
      closePrivateDbs()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
