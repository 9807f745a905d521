import type { OutgoingMail } from '@/lib/mail/message'
import { commentSubject } from '@/lib/mail/subject'
import { excerpt, renderMail } from '@/lib/mail/template'
import type { ModerationCommentQueryResult, ModerationDigestQueryResult } from '@/sanity.types'

import type { LinkDecision } from './links'
import { commentLinks, decisionActions } from './mail-links'

/*
 * French wording of the moderators' mails: the buttons come first in the order of the queue
 * (Approuver, Rejeter, Marquer comme spam), under the quoted comment, with links to the article
 * and to the comment in the queue. No `server-only`: the mail previews render them too.
 */

/** A pending comment as the mail shows it. */
export type PendingComment = NonNullable<ModerationCommentQueryResult>

/** One comment of a digest. */
export type DigestComment = ModerationDigestQueryResult[number]

/** The mail announcing a pending comment to one moderator . */
export async function pendingMail(
  comment: PendingComment,
  to: { address: string; name?: string },
  links: Partial<Record<LinkDecision, string>>,
  siteUrl: string,
): Promise<OutgoingMail> {
  const headline = comment.article?.headline ?? 'un article'
  const { text, html } = await renderMail({
    greeting: to.name ? `Bonjour ${to.name},` : 'Bonjour,',
    paragraphs: [
      `${comment.authorName} a déposé un commentaire sur « ${headline} ». Il attend votre décision.`,
    ],
    quote: { author: comment.authorName, body: excerpt(comment.body) },
    actions: decisionActions(links),
    links: commentLinks(siteUrl, comment),
    notes: [
      links.approve
        ? 'Chaque lien de décision ouvre une page de confirmation ; il est personnel et valable 72 heures.'
        : 'Connectez-vous à la file de modération pour décider.',
    ],
    footer: ['Vous recevez ce message en tant que modérateur des commentaires de Kiosque.'],
  })
  return {
    to,
    subject: commentSubject('Commentaire à modérer :', comment.authorName, headline),
    text,
    html,
  }
}

/** The moderators' digest: every comment pending since the previous one, each with its buttons. */
export async function digestMail(
  comments: DigestComment[],
  to: { address: string; name?: string },
  links: (commentId: string) => Partial<Record<'approve' | 'reject' | 'spam', string>>,
  siteUrl: string,
): Promise<OutgoingMail> {
  const count = comments.length
  const title = count === 1 ? '1 commentaire à modérer' : `${count} commentaires à modérer`
  const personal = Object.keys(links(comments[0]?._id ?? '')).length > 0
  const { text, html } = await renderMail({
    greeting: to.name ? `Bonjour ${to.name},` : 'Bonjour,',
    paragraphs: [`${title} depuis le dernier récapitulatif.`],
    items: [
      ...comments.map((comment, index) => {
        const author = comment.authorName ?? 'Anonyme'
        return {
          heading: `${index + 1}. ${author} sur « ${comment.article?.headline ?? 'un article'} »`,
          quote: { author, body: excerpt(comment.body ?? '', 280) },
          actions: decisionActions(links(comment._id)),
          links: commentLinks(siteUrl, comment),
        }
      }),
      { actions: [{ label: 'Ouvrir la file de modération', url: `${siteUrl}/moderation` }] },
    ],
    notes: personal
      ? [
          'Chaque lien de décision ouvre une page de confirmation ; il est personnel et valable 72 heures.',
        ]
      : [],
    footer: ['Vous recevez ce récapitulatif en tant que modérateur des commentaires de Kiosque.'],
  })
  return { to, subject: `Kiosque : ${title}`, text, html }
}
