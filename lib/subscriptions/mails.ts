import type { OutgoingMail } from '@/lib/mail/message'
import { commentSubject } from '@/lib/mail/subject'
import { excerpt, renderMail, type MailContent } from '@/lib/mail/template'

/** French wording of every mail of the subscription and data-rights features. */

/** An article as mails name and link it. */
export interface MailArticle {
  headline: string
  url: string
}

/** A recipient as mails greet them. */
export interface MailTo {
  email: string
  name: string
}

function greeting(name: string): string {
  return name ? `Bonjour ${name},` : 'Bonjour,'
}

const STOP_ALL = 'Ne plus recevoir aucun message de Kiosque'

async function mail(
  to: MailTo,
  subject: string,
  content: MailContent,
  oneClick?: string,
): Promise<OutgoingMail> {
  return {
    to: { address: to.email, name: to.name },
    subject,
    ...(await renderMail(content)),
    listUnsubscribe: oneClick ? { oneClickUrl: oneClick } : undefined,
  }
}

/** Double opt-in: the link that turns a pending subscription on. */
export function confirmationMail(
  to: MailTo,
  kind: 'thread' | 'replies',
  article: MailArticle,
  confirmUrl: string,
  stopAllUrl: string,
): Promise<OutgoingMail> {
  const what =
    kind === 'thread'
      ? `des nouveaux commentaires publiés sous l’article « ${article.headline} »`
      : `des réponses à votre commentaire sous l’article « ${article.headline} »`
  return mail(to, 'Confirmez votre abonnement aux commentaires', {
    greeting: greeting(to.name),
    paragraphs: [
      `Vous avez demandé à être prévenu par e-mail ${what}.`,
      'Pour activer cet abonnement, confirmez votre adresse (lien valable 7 jours).',
    ],
    actions: [{ label: 'Confirmer mon abonnement', url: confirmUrl }],
    links: [{ label: 'Lire l’article', url: article.url }],
    footer: [
      'Vous n’êtes pas à l’origine de cette demande ? Ignorez ce message : aucun abonnement ne sera activé.',
    ],
    unsubscribe: { label: STOP_ALL, url: stopAllUrl },
  })
}

/** The comment's author learns it is online. */
export function publishedMail(
  to: MailTo,
  article: MailArticle,
  body: string,
  commentUrl: string,
  stop: { page: string; oneClick: string },
): Promise<OutgoingMail> {
  return mail(
    to,
    'Votre commentaire est publié',
    {
      greeting: greeting(to.name),
      paragraphs: [`Votre commentaire sous l’article « ${article.headline} » est en ligne.`],
      quote: { author: to.name || 'Vous', body: excerpt(body) },
      actions: [{ label: 'Voir mon commentaire', url: commentUrl }],
      footer: ['Vous recevez ce message parce que vous avez publié un commentaire sur Kiosque.'],
      unsubscribe: { label: STOP_ALL, url: stop.page },
    },
    stop.oneClick,
  )
}

/** A subscriber learns of a new comment (thread) or of a reply to their comment. */
export function notificationMail(
  to: MailTo,
  reason: 'thread' | 'replies',
  article: MailArticle,
  comment: { authorName: string; body: string },
  commentUrl: string,
  stop: { page: string; oneClick: string },
): Promise<OutgoingMail> {
  const isReply = reason === 'replies'
  return mail(
    to,
    isReply
      ? 'Nouvelle réponse à votre commentaire'
      : commentSubject('Nouveau commentaire de', comment.authorName, article.headline),
    {
      greeting: greeting(to.name),
      paragraphs: [
        isReply
          ? `${comment.authorName} a répondu à votre commentaire sous l’article « ${article.headline} ».`
          : `${comment.authorName} a publié un commentaire sous l’article « ${article.headline} ».`,
      ],
      quote: { author: comment.authorName, body: excerpt(comment.body) },
      actions: [{ label: 'Lire la discussion', url: commentUrl }],
      footer: [
        isReply
          ? 'Vous recevez ce message parce que vous avez demandé à être prévenu des réponses à votre commentaire.'
          : 'Vous recevez ce message parce que vous êtes abonné aux commentaires de cet article.',
      ],
      unsubscribe: { label: 'Se désabonner en un clic', url: stop.page },
    },
    stop.oneClick,
  )
}

/** The erasure link, sent whether or not the address wrote anything. */
export function deletionMail(
  email: string,
  deleteUrl: string,
  stopAllUrl: string,
): Promise<OutgoingMail> {
  return mail({ email, name: '' }, 'Suppression de vos commentaires et de vos données', {
    greeting: greeting(''),
    paragraphs: [
      'Nous avons reçu une demande de suppression des commentaires et des données personnelles associés à cette adresse e-mail sur Kiosque.',
      'Pour confirmer la suppression, ouvrez ce lien (valable 24 heures) puis validez sur la page qui s’affiche. La suppression est définitive.',
    ],
    actions: [{ label: 'Supprimer mes commentaires et mes données', url: deleteUrl }],
    footer: [
      'Vous n’êtes pas à l’origine de cette demande ? Ignorez ce message : rien ne sera supprimé.',
    ],
    unsubscribe: { label: STOP_ALL, url: stopAllUrl },
  })
}
