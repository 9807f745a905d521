import { absoluteUrl, resolveHref } from '@/lib/href'
import type { OutgoingMail } from '@/lib/mail/message'
import { subscriptionCommentQuery } from '@/sanity/lib/queries'

import { clock, type SubscriptionDeps } from './deps'
import { linkSigner } from './links'
import { notificationMail, publishedMail } from './mails'
import { hasOptedOut, normaliseEmail, subscriptionRows } from './tables'

/** Where a notification points: the article's comment section. */
function commentPath(articlePath: string): string {
  return `${articlePath}#commentaires`
}

interface Recipient {
  email: string
  reason: 'published' | 'replies' | 'thread'
  build: () => Promise<OutgoingMail>
}

/**
 * Sends the mails due when a comment becomes approved: to its author (« votre commentaire est
 * publié »), to confirmed subscribers of replies to its parent, and to confirmed subscribers of
 * the article's thread, never to the author, never twice to one address for one comment (a
 * `notifications_sent` row is claimed before each send and released if delivery fails, so a
 * later call retries it). Does nothing unless the stored comment is approved; never throws
 * for a delivery failure (logged through `deps.logError`).
 */
export async function notifyCommentApproved(
  deps: SubscriptionDeps,
  commentId: string,
): Promise<void> {
  const comment = await deps.store.fetch(subscriptionCommentQuery, { commentId })
  if (!comment || comment.status !== 'approved') return
  const articlePath = resolveHref('article', comment.article?.slug)
  if (!comment.article || !articlePath) return
  const article = {
    headline: comment.article.headline,
    url: absoluteUrl(deps.siteUrl, articlePath),
  }
  const commentUrl = absoluteUrl(deps.siteUrl, commentPath(articlePath))
  const links = linkSigner(deps.secret, deps.siteUrl, () => clock(deps))
  const author = normaliseEmail(comment.authorEmail)
  const recipients: Recipient[] = [
    {
      email: author,
      reason: 'published',
      build: () =>
        publishedMail(
          { email: author, name: comment.authorName },
          article,
          comment.body,
          commentUrl,
          links.unsubscribeUrls({ all: author }),
        ),
    },
  ]
  const subscribers = [
    ...(comment.parentId
      ? subscriptionRows(
          deps.db,
          `SELECT * FROM subscriptions WHERE kind = 'replies' AND comment_id = ? AND status = 'confirmed'`,
          comment.parentId,
        )
      : []),
    ...subscriptionRows(
      deps.db,
      `SELECT * FROM subscriptions WHERE kind = 'thread' AND article_id = ? AND status = 'confirmed'`,
      comment.articleId,
    ),
  ]
  for (const row of subscribers) {
    recipients.push({
      email: row.email,
      reason: row.kind,
      build: () =>
        notificationMail(
          { email: row.email, name: row.name },
          row.kind,
          article,
          comment,
          commentUrl,
          links.unsubscribeUrls({ s: row.id }),
        ),
    })
  }

  const seen = new Set<string>()
  for (const recipient of recipients) {
    // The author hears about their own comment once, as « published », never as a subscriber.
    if (
      seen.has(recipient.email) ||
      (recipient.reason !== 'published' && recipient.email === author)
    ) {
      continue
    }
    seen.add(recipient.email)
    if (hasOptedOut(deps.db, recipient.email)) continue
    await deliverOnce(deps, commentId, recipient)
  }
}

async function deliverOnce(deps: SubscriptionDeps, commentId: string, recipient: Recipient) {
  const claimed = deps.db
    .prepare(
      `INSERT OR IGNORE INTO notifications_sent (comment_id, email, reason, sent_at)
       VALUES (?, ?, ?, ?)`,
    )
    .run(commentId, recipient.email, recipient.reason, new Date(clock(deps)).toISOString())
  if (claimed.changes === 0) return
  try {
    await deps.mailer.send(await recipient.build())
  } catch (error) {
    deps.db
      .prepare('DELETE FROM notifications_sent WHERE comment_id = ? AND email = ?')
      .run(commentId, recipient.email)
    deps.logError?.(`Notification non envoyée (commentaire ${commentId})`, error)
  }
}
