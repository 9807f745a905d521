import { decisionLinks } from '@/lib/moderation/mail-links'
import { digestMail, pendingMail, type PendingComment } from '@/lib/moderation/mails'
import {
  confirmationMail,
  deletionMail,
  notificationMail,
  publishedMail,
} from '@/lib/subscriptions/mails'

import type { OutgoingMail } from './message'

/*
 * Every mail Kiosque sends, built by its real builder from sample data chosen to stress the
 * layout (a long headline, a long name, a 200-character URL pasted in a comment, several
 * paragraphs). `npm run mail:preview` writes them to files; the layout tests load them in
 * Chromium. A new mail gets its sample here.
 */

/** One sample mail. */
export interface MailPreview {
  /** File name, e.g. `moderation`. */
  name: string
  /** When the site sends it. */
  when: string
  mail: OutgoingMail
}

const SECRET = 'aperçu-des-courriels-secret-de-démonstration-assez-long'
const headline =
  '3 questions à Claire Montadier, nouvelle directrice générale de la Coopérative des transports de l’Ouest'
const article = {
  headline,
  url: '/articles/3-questions-a-claire-montadier',
}
const longUrl = `https://exemple.fr/rapport-annuel/${'chapitre-'.repeat(20)}fin?source=commentaire`
const body =
  'Très bon entretien. La question du financement des lignes rurales mérite une suite : ' +
  `le rapport est ici ${longUrl}\n\nEt une seconde remarque, sur un autre paragraphe, pour voir les sauts de ligne.`
const author = 'Jean-Baptiste de La Tour-Maubourg'
const comment: PendingComment = {
  _id: 'comment.5f0c2a8e-3d41-4c1b-9a57-0d2e6f1b7c39',
  _rev: 'apercu',
  status: 'pending',
  authorName: author,
  authorEmail: 'jb@example.org',
  body,
  createdAt: '2026-11-30T09:00:00Z',
  anchor: null,
  articleId: 'article-3-questions-a-claire-montadier',
  article: {
    _id: 'article-3-questions-a-claire-montadier',
    headline,
    slug: '3-questions-a-claire-montadier',
  },
  parent: null,
  moderation: null,
}

/** Every mail of the site, rendered from sample data, with absolute links on `siteUrl`. */
export async function mailPreviews(siteUrl = 'http://localhost:3000'): Promise<MailPreview[]> {
  const to = { email: 'camille.durand@example.org', name: 'Camille Durand' }
  const moderator = { address: 'moderatrice@kiosque.example', name: 'Modératrice' }
  const links = (id: string) => decisionLinks(siteUrl, SECRET, id, 'moderateur-apercu')
  const page = { ...article, url: `${siteUrl}${article.url}` }
  const commentUrl = `${page.url}#commentaires`
  const stop = {
    page: `${siteUrl}/abonnements/desabonner?jeton=apercu`,
    oneClick: `${siteUrl}/abonnements/desabonner/un-clic?jeton=apercu`,
  }
  const second = { ...comment, _id: 'comment.0b8d6c1e-2f3a-4e5d-8c7b-6a5f4e3d2c1b' }
  return [
    {
      name: 'moderation',
      when: 'A comment awaits moderation (MODERATION_MAIL=each), to each moderator',
      mail: await pendingMail(comment, moderator, links(comment._id), siteUrl),
    },
    {
      name: 'moderation-liste',
      when: 'The same, to a MODERATORS_EMAIL address without an account (no decision buttons)',
      mail: await pendingMail(comment, { address: 'redaction@kiosque.example' }, {}, siteUrl),
    },
    {
      name: 'recapitulatif',
      when: 'MODERATION_MAIL=digest: the comments pending since the previous digest',
      mail: await digestMail([comment, second], moderator, links, siteUrl),
    },
    {
      name: 'confirmation',
      when: 'A reader subscribes to an article’s comments or to replies (double opt-in)',
      mail: await confirmationMail(
        to,
        'thread',
        page,
        `${siteUrl}/abonnements/confirmer?jeton=apercu`,
        stop.page,
      ),
    },
    {
      name: 'publication',
      when: 'A comment is approved, to its author',
      mail: await publishedMail(to, page, body, commentUrl, stop),
    },
    {
      name: 'notification',
      when: 'A comment is approved, to the confirmed subscribers of the article',
      mail: await notificationMail(
        to,
        'thread',
        page,
        { authorName: author, body },
        commentUrl,
        stop,
      ),
    },
    {
      name: 'reponse',
      when: 'A reply is approved, to the subscribers of replies to the parent comment',
      mail: await notificationMail(
        to,
        'replies',
        page,
        { authorName: author, body },
        commentUrl,
        stop,
      ),
    },
    {
      name: 'suppression',
      when: 'Someone asks to erase the comments and data of an address',
      mail: await deletionMail(
        to.email,
        `${siteUrl}/donnees-personnelles/supprimer?jeton=apercu`,
        stop.page,
      ),
    },
  ]
}
