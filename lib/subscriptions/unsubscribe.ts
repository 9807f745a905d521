import { privateTransaction } from '@/lib/private/db'

import { clock, type SubscriptionDeps } from './deps'
import { linkSigner, type LinkProblem } from './links'
import { mailArticle } from './subscribe'
import { findSubscription } from './tables'

/** What an unsubscribe link stops: one subscription (to an article's thread) or every mail. */
export type UnsubscribeScope =
  { scope: 'subscription'; kind: 'thread' | 'replies'; headline: string | null } | { scope: 'all' }

/** Outcome of reading or using an unsubscribe link. */
export type UnsubscribeResult =
  ({ ok: true } & UnsubscribeScope) | { ok: false; problem: LinkProblem }

/** Reads an unsubscribe link without changing anything (the GET page). */
export async function previewUnsubscribe(
  deps: SubscriptionDeps,
  token: string | undefined,
): Promise<UnsubscribeResult> {
  const checked = linkSigner(deps.secret, deps.siteUrl, () => clock(deps)).checkUnsubscribe(token)
  if (!checked.ok) return checked
  if ('all' in checked.payload) return { ok: true, scope: 'all' }
  const row = findSubscription(deps.db, checked.payload.s)
  const article = row ? await mailArticle(deps, row.article_id) : null
  return {
    ok: true,
    scope: 'subscription',
    kind: row?.kind ?? 'thread',
    headline: article?.headline ?? null,
  }
}

/**
 * Performs an unsubscribe link: marks its subscription unsubscribed, or for an « every mail »
 * link records the opt-out and ends every subscription of the address. Idempotent; a link to a
 * subscription erased since still answers « done ».
 */
export async function unsubscribe(
  deps: SubscriptionDeps,
  token: string | undefined,
): Promise<UnsubscribeResult> {
  const preview = await previewUnsubscribe(deps, token)
  if (!preview.ok) return preview
  const checked = linkSigner(deps.secret, deps.siteUrl, () => clock(deps)).checkUnsubscribe(token)
  if (!checked.ok) return checked
  const stamp = new Date(clock(deps)).toISOString()
  const payload = checked.payload
  privateTransaction(deps.db, () => {
    if ('all' in payload) {
      deps.db
        .prepare('INSERT OR IGNORE INTO mail_optouts (email, created_at) VALUES (?, ?)')
        .run(payload.all, stamp)
      deps.db
        .prepare(
          `UPDATE subscriptions SET status = 'unsubscribed', unsubscribed_at = ?
           WHERE email = ? AND status != 'unsubscribed'`,
        )
        .run(stamp, payload.all)
    } else {
      deps.db
        .prepare(
          `UPDATE subscriptions SET status = 'unsubscribed', unsubscribed_at = ?
           WHERE id = ? AND status != 'unsubscribed'`,
        )
        .run(stamp, payload.s)
    }
  })
  return preview
}
