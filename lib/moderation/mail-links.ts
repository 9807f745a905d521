import { absoluteUrl, resolveHref } from '@/lib/href'
import type { MailLink } from '@/lib/mail/template'

import type { Moderator } from './accounts'
import { signDecision, type LinkDecision } from './links'

/** One moderator's signed `/moderation/decision` links (approve, reject, spam) for a comment. */
export function decisionLinks(
  siteUrl: string,
  secret: string,
  commentId: string,
  moderatorId: string,
): Record<LinkDecision, string> {
  const url = (decision: LinkDecision) =>
    `${siteUrl}/moderation/decision?jeton=${encodeURIComponent(
      signDecision({ commentId, decision, moderatorId }, secret),
    )}`
  return { approve: url('approve'), reject: url('reject'), spam: url('spam') }
}

const decisionLabels: Record<LinkDecision, string> = {
  approve: 'Approuver',
  reject: 'Rejeter',
  spam: 'Marquer comme spam',
}

/** The buttons of a moderation mail, approve first; none without signed links. */
export function decisionActions(links: Partial<Record<LinkDecision, string>>): MailLink[] {
  return (['approve', 'reject', 'spam'] as const).flatMap((decision) => {
    const url = links[decision]
    return url ? [{ label: decisionLabels[decision], url }] : []
  })
}

/**
 * The comment in the moderation queue: the queue filtered on its article, scrolled to the
 * comment (the queue gives each comment's heading the id `commentaire-<id, \W as ->`).
 */
export function queueUrl(siteUrl: string, commentId: string, articleId?: string | null): string {
  const search = articleId ? `?${new URLSearchParams({ article: articleId })}` : ''
  return `${siteUrl}/moderation${search}#commentaire-${commentId.replace(/\W/g, '-')}`
}

/** « Voir l’article » and « Voir le commentaire dans la file de modération ». */
export function commentLinks(
  siteUrl: string,
  comment: { _id: string; articleId?: string | null; article?: { slug?: string | null } | null },
): MailLink[] {
  const articlePath = resolveHref('article', comment.article?.slug)
  return [
    ...(articlePath ? [{ label: 'Voir l’article', url: absoluteUrl(siteUrl, articlePath) }] : []),
    {
      label: 'Voir le commentaire dans la file de modération',
      url: queueUrl(siteUrl, comment._id, comment.articleId),
    },
  ]
}

/** Addresses of MODERATORS_EMAIL that have no account (accounts get personal links instead). */
export function extraAddresses(accounts: Moderator[], listed: string | undefined): string[] {
  const known = new Set(accounts.map((account) => account.email.toLowerCase()))
  const addresses = (listed ?? '').split(',').map((value) => value.trim())
  return [...new Set(addresses.filter((value) => value && !known.has(value.toLowerCase())))]
}
