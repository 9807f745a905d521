import { randomUUID } from 'node:crypto'

import { z } from 'zod'

import { absoluteUrl, resolveHref } from '@/lib/href'
import { privateTransaction } from '@/lib/private/db'
import { subscriptionArticleQuery, subscriptionCommentQuery } from '@/sanity/lib/queries'

import { clock, type SubscriptionDeps } from './deps'
import { reserveMail } from './limits'
import { linkSigner, type LinkProblem } from './links'
import { confirmationMail, type MailArticle } from './mails'
import {
  findSubscription,
  hasOptedOut,
  normaliseEmail,
  subscriptionRows,
  type SubscriptionKind,
} from './tables'

/** What the comment form passes when a reader ticks « Me prévenir… ». */
export interface SubscriptionRequest {
  email: string
  name: string
  articleId: string
  kind: SubscriptionKind
  commentId?: string
}

const requestSchema = z
  .object({
    email: z.email().max(254),
    name: z.string().max(200),
    articleId: z.string().regex(/^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$/),
    kind: z.enum(['thread', 'replies']),
    commentId: z
      .string()
      .regex(/^comment\.[A-Za-z0-9-]{1,64}$/)
      .optional(),
  })
  .refine((input) => input.kind === 'thread' || input.commentId, {
    message: 'commentId est requis pour un abonnement aux réponses',
  })

/** Loads an article as mails link it, or null. */
export async function mailArticle(
  deps: SubscriptionDeps,
  articleId: string,
): Promise<(MailArticle & { path: string }) | null> {
  const article = await deps.store.fetch(subscriptionArticleQuery, { articleId })
  const path = resolveHref('article', article?.slug)
  if (!article || !path) return null
  return { headline: article.headline, path, url: absoluteUrl(deps.siteUrl, path) }
}

/**
 * Records a pending subscription and mails its confirmation link (double opt-in). Sends
 * nothing when the same subscription is already confirmed, when the address opted out of all
 * mail, or past 3 confirmation mails to that address in 24 hours. Delivery failures are logged,
 * not thrown: the comment that triggered the request must not fail because of mail.
 * Throws on invalid input or an unknown article/comment (a caller bug).
 */
export async function requestSubscription(
  deps: SubscriptionDeps,
  input: SubscriptionRequest,
): Promise<void> {
  const request = requestSchema.parse(input)
  const article = await mailArticle(deps, request.articleId)
  if (!article) throw new Error(`requestSubscription : article inconnu ${request.articleId}`)
  const commentId = request.kind === 'replies' ? (request.commentId ?? '') : ''
  if (commentId) {
    const comment = await deps.store.fetch(subscriptionCommentQuery, { commentId })
    if (comment?.articleId !== request.articleId) {
      throw new Error(`requestSubscription : commentaire ${commentId} absent de l’article`)
    }
  }
  const email = normaliseEmail(request.email)
  const name = request.name.trim().slice(0, 80)
  const now = clock(deps)
  const stamp = new Date(now).toISOString()

  const id = privateTransaction<string | null>(deps.db, () => {
    const existing = subscriptionRows(
      deps.db,
      `SELECT * FROM subscriptions
       WHERE email = ? AND article_id = ? AND kind = ? AND comment_id = ?`,
      email,
      request.articleId,
      request.kind,
      commentId,
    )[0]
    if (existing?.status === 'confirmed') return null
    if (existing) {
      deps.db
        .prepare(
          `UPDATE subscriptions SET status = 'pending', name = ?, unsubscribed_at = NULL WHERE id = ?`,
        )
        .run(name, existing.id)
      return existing.id
    }
    const newId = randomUUID()
    deps.db
      .prepare(
        `INSERT INTO subscriptions (id, email, name, article_id, kind, comment_id, status, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)`,
      )
      .run(newId, email, name, request.articleId, request.kind, commentId, stamp)
    return newId
  })
  if (!id || hasOptedOut(deps.db, email)) return
  if (!reserveMail(deps.db, email, 'confirm', now)) return

  const links = linkSigner(deps.secret, deps.siteUrl, () => clock(deps))
  try {
    const message = await confirmationMail(
      { email, name },
      request.kind,
      article,
      links.confirmUrl({ s: id }),
      links.unsubscribeUrls({ all: email }).page,
    )
    await deps.mailer.send(message)
  } catch (error) {
    deps.logError?.(`Courriel de confirmation non envoyé (abonnement ${id})`, error)
  }
}

/** Outcome of a confirmation link. */
export type ConfirmResult =
  | { ok: true; article: (MailArticle & { path: string }) | null }
  | { ok: false; problem: LinkProblem | 'unknown' | 'unsubscribed' }

/** Confirms the subscription a signed link names (idempotent). */
export async function confirmSubscription(
  deps: SubscriptionDeps,
  token: string | undefined,
): Promise<ConfirmResult> {
  const checked = linkSigner(deps.secret, deps.siteUrl, () => clock(deps)).checkConfirm(token)
  if (!checked.ok) return checked
  const row = findSubscription(deps.db, checked.payload.s)
  if (!row) return { ok: false, problem: 'unknown' }
  if (row.status === 'unsubscribed') return { ok: false, problem: 'unsubscribed' }
  if (row.status === 'pending') {
    privateTransaction(deps.db, () => {
      deps.db
        .prepare(`UPDATE subscriptions SET status = 'confirmed', confirmed_at = ? WHERE id = ?`)
        .run(new Date(clock(deps)).toISOString(), row.id)
      // Confirming is explicit consent: it lifts an earlier « no more mail ».
      deps.db.prepare('DELETE FROM mail_optouts WHERE email = ?').run(row.email)
    })
  }
  return { ok: true, article: await mailArticle(deps, row.article_id) }
}
