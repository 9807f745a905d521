import { APPROVED_MESSAGE, EDITED_MESSAGE, PENDING_MESSAGE, type CommentOutcome } from './schema'

/*
 * Readers without JavaScript post the comment form to `/articles/<slug>/commentaires`, which
 * redirects to the article at one of these anchors. The prerendered article carries each message
 * in an element hidden until it is the URL's `:target`: the confirmation needs no request-time
 * rendering, so it shows without a script.
 */

/**
 * Anchor of the confirmation for an outcome, keyed by status so rewording a message cannot
 * break the redirect. Spam gets the pending one: its author is not told it was held.
 */
export const CONFIRMATION_ANCHORS: Record<CommentOutcome, string> = {
  approved: 'commentaire-publie',
  pending: 'commentaire-en-attente',
  spam: 'commentaire-en-attente',
}

/** Anchor of the confirmation shown after the author edited a comment. */
export const EDITED_ANCHOR = 'commentaire-modifie'

/** Anchor of the confirmation of a request to follow the thread by e-mail. */
export const SUBSCRIBED_ANCHOR = 'abonnement-demande'

/**
 * The confirmations rendered in the page, by anchor. `posted`: a new comment, whose author may
 * still edit it for a few minutes.
 */
export const CONFIRMATIONS = [
  { anchor: 'commentaire-en-attente', message: PENDING_MESSAGE, posted: true },
  { anchor: 'commentaire-publie', message: APPROVED_MESSAGE, posted: true },
  { anchor: EDITED_ANCHOR, message: EDITED_MESSAGE, posted: false },
] as const

/** Largest form post read (bytes): 4,000 characters of text, 4 bytes each, plus the fields. */
export const NOJS_BODY_LIMIT = 64 * 1024

/** Where the comment form of an article posts without JavaScript. */
export function commentPostPath(articlePath: string): string {
  return `${articlePath}/commentaires`
}

/** Where the « Suivre les commentaires » form of an article posts (with or without JavaScript). */
export function followPostPath(articlePath: string): string {
  return `${articlePath}/abonnement`
}
