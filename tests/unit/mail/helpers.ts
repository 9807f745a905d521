import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach } from 'vitest'

import { openLake, type Lake } from '@/lib/lake'
import { readOutbox } from '@/lib/mail/outbox'
import { createMailer, type Mailer } from '@/lib/mail/transport'
import { closePrivateDbs, openPrivateDb } from '@/lib/private/db'
import type { SubscriptionDeps } from '@/lib/subscriptions/deps'
import { lakeCommentStore } from '@/lib/subscriptions/store'
import '@/lib/subscriptions/tables'

export const SECRET = 'un-secret-de-test-suffisamment-long-pour-hmac-sha256'
export const SITE = 'https://kiosque.example'
export const ARTICLE = 'article-3-questions-a-helene-varambon'
export const SEED = path.resolve('content/demo/data.ndjson')

const cleanups: (() => void)[] = []

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

/** A fresh temporary data directory, removed after the test. */
export function tempDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-mail-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** Everything the subscription features need, on a temporary demo lake and outbox. */
export interface TestWorld {
  dataDir: string
  lake: Lake
  deps: SubscriptionDeps
  /** Moves the clock forward by `ms`. */
  advance(ms: number): void
  outbox(): ReturnType<typeof readOutbox>
  revalidated: string[]
  errors: string[]
}

/** A temporary world seeded with the demo dataset; `mailer` wraps the outbox mailer. */
export function testWorld(wrap?: (mailer: Mailer) => Mailer): TestWorld {
  const dataDir = tempDataDir()
  const lake = openLake({ dataDir, seedFile: SEED })
  const db = openPrivateDb(dataDir)
  cleanups.unshift(() => {
    closePrivateDbs()
    lake.close()
  })
  let now = Date.parse('2026-11-30T09:00:00Z')
  const outboxMailer = createMailer({
    from: 'Kiosque <no-reply@kiosque.example>',
    outboxDir: path.join(dataDir, 'outbox'),
  })
  const revalidated: string[] = []
  const errors: string[] = []
  return {
    dataDir,
    lake,
    deps: {
      db,
      store: lakeCommentStore(lake),
      mailer: wrap ? wrap(outboxMailer) : outboxMailer,
      secret: SECRET,
      siteUrl: SITE,
      now: () => now,
      revalidateTag: (tag) => revalidated.push(tag),
      logError: (message) => errors.push(message),
    },
    advance(ms) {
      now += ms
    },
    outbox: () => readOutbox(dataDir),
    revalidated,
    errors,
  }
}

/** The `jeton` of the first link to `route` in a mail's text. */
export function tokenFrom(links: string[], route: string): string {
  const link = links.find((url) => new URL(url).pathname === route)
  if (!link) throw new Error(`aucun lien vers ${route} dans ${links.join(', ')}`)
  return new URL(link).searchParams.get('jeton') ?? ''
}

/** Creates a comment document in the lake and returns its id. */
export function addComment(
  lake: Lake,
  fields: { email: string; name: string; status?: string; parent?: string; body?: string },
  article = ARTICLE,
): string {
  const id = `comment.${crypto.randomUUID()}`
  lake.mutate([
    {
      create: {
        _id: id,
        _type: 'comment',
        article: { _type: 'reference', _ref: article },
        ...(fields.parent
          ? { parent: { _type: 'reference', _ref: fields.parent, _weak: true } }
          : {}),
        authorName: fields.name,
        authorEmail: fields.email,
        body: fields.body ?? 'Un commentaire de test, sans prétention.',
        status: fields.status ?? 'approved',
        votes: 0,
        createdAt: new Date().toISOString(),
        moderation: [],
      },
    },
  ])
  return id
}
