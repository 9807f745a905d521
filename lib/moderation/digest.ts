import type { DatabaseSync } from 'node:sqlite'

import type { Mailer } from '@/lib/mail'
import { definePrivateTables, privateTransaction } from '@/lib/private/db'
import { moderationDigestQuery } from '@/sanity/lib/queries'
import type { ModerationDigestQueryResult } from '@/sanity.types'

import { listNotifiedModerators, type Moderator } from './accounts'
import type { CommentBackend } from './backend'
import { decisionLinks, extraAddresses } from './mail-links'
import { digestMail } from './mails'

/*
 * MODERATION_MAIL=digest: instead of one mail per pending comment, moderators get at most one
 * mail every MODERATION_DIGEST_MINUTES listing the comments that arrived since the previous one,
 * each with its own signed links. A single row remembers when the last digest went out; it is
 * claimed in a transaction before sending, so two processes never send the same digest.
 */
definePrivateTables(
  'moderation-digest',
  `
  CREATE TABLE IF NOT EXISTS moderation_digest (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_sent_at TEXT NOT NULL
  );
  `,
)

/** Everything a digest needs, injected so tests use temporary stores and a fixed clock. */
export interface DigestDeps {
  backend: CommentBackend
  db: DatabaseSync
  mailer: Pick<Mailer, 'send'>
  secret: string
  siteUrl: string
  intervalMinutes: number
  moderatorsEmail: string | undefined
  now: Date
}

/** What one call did. */
export type DigestOutcome =
  { sent: number; comments: number } | { sent: 0; comments: 0; waiting: 'interval' | 'nothing-new' }

function lastSentAt(db: DatabaseSync): string | null {
  const row = db.prepare('SELECT last_sent_at FROM moderation_digest WHERE id = 1').get()
  return row ? String(row.last_sent_at) : null
}

/** Claims the digest slot: true when `previous` is still the last send (nobody sent since). */
function claim(db: DatabaseSync, previous: string | null, now: string): boolean {
  return privateTransaction(db, () => {
    if (lastSentAt(db) !== previous) return false
    db.prepare(
      `INSERT INTO moderation_digest (id, last_sent_at) VALUES (1, ?)
       ON CONFLICT (id) DO UPDATE SET last_sent_at = excluded.last_sent_at`,
    ).run(now)
    return true
  })
}

/**
 * Sends the digest when one is due (the interval has passed since the last one) and comments
 * arrived since; otherwise does nothing. Safe to call often and from several processes.
 */
export async function sendDigestIfDue(deps: DigestDeps): Promise<DigestOutcome> {
  const previous = lastSentAt(deps.db)
  const nowIso = deps.now.toISOString()
  if (previous && deps.now.getTime() - Date.parse(previous) < deps.intervalMinutes * 60_000) {
    return { sent: 0, comments: 0, waiting: 'interval' }
  }
  const since = previous ?? new Date(0).toISOString()
  const comments = await deps.backend.query<ModerationDigestQueryResult>(moderationDigestQuery, {
    since,
  })
  if (comments.length === 0) return { sent: 0, comments: 0, waiting: 'nothing-new' }
  if (!claim(deps.db, previous, nowIso)) return { sent: 0, comments: 0, waiting: 'interval' }
  const accounts: Moderator[] = listNotifiedModerators(deps.db)
  const mails = accounts.map((account) =>
    digestMail(
      comments,
      { address: account.email, name: account.name },
      (commentId) => decisionLinks(deps.siteUrl, deps.secret, commentId, account.id),
      deps.siteUrl,
    ),
  )
  for (const address of extraAddresses(accounts, deps.moderatorsEmail)) {
    mails.push(digestMail(comments, { address }, () => ({}), deps.siteUrl))
  }
  // Rendered first, then sent in order: the accounts' mails before the listed addresses'.
  const built = await Promise.all(mails)
  const results = await Promise.allSettled(built.map((mail) => deps.mailer.send(mail)))
  for (const result of results) {
    if (result.status === 'rejected')
      console.error('[moderation] récapitulatif non envoyé', result.reason)
  }
  return {
    sent: results.filter((result) => result.status === 'fulfilled').length,
    comments: comments.length,
  }
}
