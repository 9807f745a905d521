import type { DatabaseSync } from 'node:sqlite'

import { z } from 'zod'

import { privateTransaction } from '@/lib/private/db'
import { dataDeletionCommentsQuery, dataDeletionRepliesQuery } from '@/sanity/lib/queries'

import { commentsTag } from '@/lib/comments/tags'

import { clock, type SubscriptionDeps } from './deps'
import { mailboxKey, reserveMail } from './limits'
import { linkSigner, type LinkProblem } from './links'
import { deletionMail } from './mails'
import { normaliseEmail } from './tables'
import { reparentMutations } from './reparent'

const emailSchema = z.email().max(254)

/**
 * Mails a 24-hour erasure link to `email`. Behaves identically whether or not the address ever
 * commented (no lookup happens here, so neither the answer nor its timing tells), and sends at
 * most 3 such mails per address per 24 hours. Throws only on a malformed address, which the
 * form validates first; delivery failures are logged.
 */
export async function requestDataDeletion(deps: SubscriptionDeps, email: string): Promise<void> {
  const address = normaliseEmail(emailSchema.parse(email.trim()))
  if (!reserveMail(deps.db, address, 'delete-data', clock(deps))) return
  const links = linkSigner(deps.secret, deps.siteUrl, () => clock(deps))
  try {
    await deps.mailer.send(
      await deletionMail(
        address,
        links.deleteUrl({ e: address }),
        links.unsubscribeUrls({ all: address }).page,
      ),
    )
  } catch (error) {
    deps.logError?.('Courriel de suppression non envoyé', error)
  }
}

/** Outcome of reading an erasure link. */
export type DeletionLink = { ok: true; email: string } | { ok: false; problem: LinkProblem }

/** Reads an erasure link without changing anything (the GET page). */
export function previewDeletion(deps: SubscriptionDeps, token: string | undefined): DeletionLink {
  const checked = linkSigner(deps.secret, deps.siteUrl, () => clock(deps)).checkDelete(token)
  return checked.ok ? { ok: true, email: checked.payload.e } : checked
}

/** What an erasure removed. */
export interface ErasureReport {
  comments: number
  repliesKept: number
  subscriptions: number
}

/**
 * Erases everything held about one address:
 * - its comment documents (drafts included) are deleted from the content store; replies by
 *   other readers are kept and re-attached to the nearest surviving ancestor (top level when
 *   none), with a `moderation` event saying so, so no reference dangles and no tombstone keeps
 *   the address's words;
 * - in the private database: its subscriptions, the subscriptions to replies of the deleted
 *   comments, notifications sent to it or about those comments, its send log and opt-out, and
 *   the votes recorded on the deleted comments (votes are anonymous: none is tied to an address).
 * Bans are kept: they are moderation decisions, not the reader's content.
 * Then marks the affected comment threads stale. Idempotent.
 */
export async function eraseAddress(deps: SubscriptionDeps, email: string): Promise<ErasureReport> {
  const address = normaliseEmail(email)
  const own = await deps.store.fetch(dataDeletionCommentsQuery, { email: address })
  const ids = own.map((comment) => comment._id)
  const replies = ids.length ? await deps.store.fetch(dataDeletionRepliesQuery, { ids }) : []
  const stamp = new Date(clock(deps)).toISOString()
  await deps.store.mutate(
    [...reparentMutations(own, replies, stamp), ...ids.map((id) => ({ delete: { id } }))],
    'data-deletion',
  )
  const subscriptions = erasePrivateRows(deps.db, address, ids)
  const articles = new Set([...own, ...replies].map((comment) => comment.articleId))
  for (const articleId of articles) deps.revalidateTag?.(commentsTag(articleId))
  return { comments: ids.length, repliesKept: replies.length, subscriptions }
}

function erasePrivateRows(db: DatabaseSync, email: string, commentIds: string[]): number {
  const tables = new Set(
    db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`)
      .all()
      .map((row) => String(row.name)),
  )
  return privateTransaction(db, () => {
    const removed = Number(
      db.prepare('DELETE FROM subscriptions WHERE email = ?').run(email).changes,
    )
    db.prepare('DELETE FROM notifications_sent WHERE email = ?').run(email)
    db.prepare('DELETE FROM mail_send_log WHERE email IN (?, ?)').run(email, mailboxKey(email))
    db.prepare('DELETE FROM mail_optouts WHERE email = ?').run(email)
    for (const id of commentIds) {
      db.prepare(`DELETE FROM subscriptions WHERE kind = 'replies' AND comment_id = ?`).run(id)
      db.prepare('DELETE FROM notifications_sent WHERE comment_id = ?').run(id)
      // Vote tables belong to lib/comments and exist only once it has run here.
      if (tables.has('comment_votes')) {
        db.prepare('DELETE FROM comment_votes WHERE comment_id = ?').run(id)
      }
      if (tables.has('comment_vote_baselines')) {
        db.prepare('DELETE FROM comment_vote_baselines WHERE comment_id = ?').run(id)
      }
      if (tables.has('comment_vote_addresses')) {
        db.prepare('DELETE FROM comment_vote_addresses WHERE comment_id = ?').run(id)
      }
    }
    return removed
  })
}

/** Performs an erasure link (the confirmation button). */
export async function eraseData(
  deps: SubscriptionDeps,
  token: string | undefined,
): Promise<({ ok: true; email: string } & ErasureReport) | { ok: false; problem: LinkProblem }> {
  const link = previewDeletion(deps, token)
  if (!link.ok) return link
  return { ok: true, email: link.email, ...(await eraseAddress(deps, link.email)) }
}
