import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { DatabaseSync } from 'node:sqlite'

import { signStartToken } from '@/lib/comments/form-token'
import { lakeCommentStore, type CommentStore } from '@/lib/comments/store'
import { submitComment, type SubmitContext } from '@/lib/comments/submit'
import { openLake, type Lake } from '@/lib/lake'
import { closePrivateDbs, openPrivateDb } from '@/lib/private/db'

/** A temporary data directory with the demo lake and an empty private database. */
export interface Fixture {
  dataDir: string
  lake: Lake
  db: DatabaseSync
  store: CommentStore
  secret: string
  close(): void
}

export const SECRET = 'secret-de-test-secret-de-test-secret-de-test'
export const ARTICLE = 'article-3-questions-a-helene-varambon'
export const APPROVED = 'comment.3cb080fe-af06-5a04-a0d9-de1a21025773'
export const PENDING = 'comment.7252a090-6985-5b32-bb6f-0a5a7f7fbb64'
export const NOW = new Date('2026-11-30T12:00:00Z')

export function fixture(): Fixture {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kiosque-comments-'))
  const lake = openLake({ dataDir, seedFile: path.resolve('content/demo/data.ndjson') })
  const db = openPrivateDb(dataDir)
  return {
    dataDir,
    lake,
    db,
    store: lakeCommentStore(lake),
    secret: SECRET,
    close() {
      lake.close()
      closePrivateDbs()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** A valid submission, started 10 s before `NOW`. */
export function submission(overrides: Record<string, string | undefined> = {}): FormData {
  const data = new FormData()
  const fields: Record<string, string | undefined> = {
    articleId: ARTICLE,
    name: 'Lucie Martin',
    email: 'lucie.martin@example.fr',
    body: 'Un entretien éclairant, merci.',
    consent: 'on',
    website: '',
    startToken: signStartToken(SECRET, NOW.getTime() - 10_000),
    ...overrides,
  }
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) data.set(key, value)
  return data
}

export function submit(f: Fixture, data: FormData, context: Partial<SubmitContext> = {}) {
  return submitComment(data, {
    store: f.store,
    db: f.db,
    secret: f.secret,
    ip: '203.0.113.7',
    autoApproveKnownAuthors: false,
    now: NOW,
    ...context,
  })
}
