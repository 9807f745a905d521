import 'server-only'

import { updateTag } from 'next/cache'

import { getEnv } from '@/lib/env'
import { getLake } from '@/lib/lake'
import { getMailer } from '@/lib/mail'
import { getPrivateDb } from '@/lib/private'
import { getServerSecret } from '@/lib/security/secret'

import type { SubscriptionDeps } from './deps'
import * as erase from './erase'
import { followThread } from './follow'
import { notifyCommentApproved as notify } from './notify'
import { lakeCommentStore, type CommentStore } from './store'
import * as subscribe from './subscribe'
import * as unsub from './unsubscribe'
import './tables'

let store: CommentStore | undefined

async function deps(): Promise<SubscriptionDeps> {
  const env = getEnv()
  if (!store) {
    if (env.mode === 'sanity') {
      const { sanityCommentStore } = await import('./store-sanity')
      store = sanityCommentStore(env)
    } else {
      store = lakeCommentStore(getLake())
    }
  }
  return {
    db: getPrivateDb(),
    store,
    mailer: getMailer(),
    secret: getServerSecret(),
    siteUrl: env.siteUrl,
    // Erasures run in a Server Action: updateTag expires the thread at once (read-your-writes).
    revalidateTag: (tag) => updateTag(tag),
    logError: (message, error) => console.error(`[abonnements] ${message}`, error),
  }
}

/**
 * Records a PENDING subscription (a whole thread, or replies to `commentId`) and mails a
 * double opt-in link. Silent no-op for an already confirmed subscription, an address that
 * opted out, or past 3 confirmation mails to that address in 24 hours. Throws on invalid input
 * or an unknown article/comment; never for a mail delivery failure.
 */
export async function requestSubscription(input: subscribe.SubscriptionRequest): Promise<void> {
  return subscribe.requestSubscription(await deps(), input)
}

/**
 * « Suivre les commentaires » without commenting: validates the form (French message on
 * refusal) and records a pending thread subscription with its confirmation mail.
 */
export async function followArticleThread(
  formData: FormData,
  target: { articleId: string; ip: string },
) {
  return followThread(await deps(), formData, target)
}

/**
 * To call once a comment is approved (moderation or auto-approval): mails its author once,
 * then confirmed subscribers of its parent's replies and of its article's thread. Idempotent
 * per (comment, recipient); never throws for a delivery failure.
 */
export async function notifyCommentApproved(commentId: string): Promise<void> {
  return notify(await deps(), commentId)
}

/**
 * Mails a signed 24-hour erasure link to `email`, answering identically whether or not the
 * address has comments; at most 3 per address per 24 hours.
 */
export async function requestDataDeletion(email: string): Promise<void> {
  return erase.requestDataDeletion(await deps(), email)
}

/** Confirms the subscription named by a confirmation link (`/abonnements/confirmer`). */
export async function confirmSubscription(token: string | undefined) {
  return subscribe.confirmSubscription(await deps(), token)
}

/** Reads an unsubscribe link without acting (the page shown before the button). */
export async function previewUnsubscribe(token: string | undefined) {
  return unsub.previewUnsubscribe(await deps(), token)
}

/** Performs an unsubscribe link (button, or RFC 8058 one-click POST). */
export async function unsubscribe(token: string | undefined) {
  return unsub.unsubscribe(await deps(), token)
}

/** Reads an erasure link without acting (the page shown before the button). */
export async function previewDeletion(token: string | undefined) {
  return erase.previewDeletion(await deps(), token)
}

/** Performs an erasure link: deletes the address's comments and private data. */
export async function eraseData(token: string | undefined) {
  return erase.eraseData(await deps(), token)
}

export type { SubscriptionRequest, ConfirmResult } from './subscribe'
export type { UnsubscribeResult } from './unsubscribe'
export type { DeletionLink, ErasureReport } from './erase'
export type { LinkProblem } from './links'
