import 'server-only'

import { after } from 'next/server'

import { getEnv } from '@/lib/env'
import { announcePendingComment, rememberCommentIp } from '@/lib/moderation'
import { getPrivateDb } from '@/lib/private'
import { clientIp } from '@/lib/security/client-ip'
import { getServerSecret } from '@/lib/security/secret'
import { notifyCommentApproved, requestSubscription } from '@/lib/subscriptions'

import { signStartToken } from './form-token'
import { getCommentSettings, getCommentStore } from './index'
import { formValues, type CommentFormState } from './schema'
import { submitComment } from './submit'
import { commentsTag } from './tags'

function logFailure(what: string, error: unknown) {
  console.error(`[commentaires] ${what} :`, error)
}

/** What differs between the Server Action and the form post of readers without JavaScript. */
export interface AcceptContext {
  /** Request headers, for the client address behind the trusted proxy header. */
  headers: Pick<Headers, 'get'>
  /** Expires a cache tag at once (`updateTag` in an action, `revalidateTag(…, {expire: 0})`). */
  expireTag: (tag: string) => void
  /** Start token of the previous answer, kept when the store fails. */
  previousStartToken?: string
}

/**
 * Runs one comment submission end to end: every rule of `submitComment`, then the side effects
 * of the outcome (moderators announced after the response, thread expired and notifications
 * sent on auto-approval, subscription requests). Answers the form state the reader sees; never
 * throws (a store failure becomes a French form error that keeps the typed text).
 */
export async function acceptComment(
  formData: FormData,
  context: AcceptContext,
): Promise<CommentFormState> {
  // The start token's 3 s are the reader's: timed from the post's arrival, before any read of
  // the content source (a Content Lake round trip must not make a too-fast post look human).
  const now = new Date()
  const env = getEnv()
  const secret = getServerSecret()
  const values = formValues(formData)
  try {
    const settings = await getCommentSettings()
    const ip = clientIp(context.headers, env.trustedProxyHeader)
    const outcome = await submitComment(formData, {
      now,
      store: await getCommentStore(),
      db: getPrivateDb(),
      secret,
      ip,
      autoApproveKnownAuthors: settings.autoApproveKnownAuthors,
    })
    if (!outcome.ok) {
      // A fresh start token on every refusal: correcting a field takes a person more than 3 s.
      return { status: 'error', errors: outcome.errors, values, startToken: signStartToken(secret) }
    }
    const { comment } = outcome
    // Kept in the private DB (30 days) so a moderator can ban the address behind a comment.
    rememberCommentIp(getPrivateDb(), comment._id, ip)
    if (outcome.status === 'pending') {
      // Moderators are mailed after the response is sent: the reader does not wait for SMTP.
      after(() => announcePendingComment(comment._id))
    }
    if (outcome.status === 'approved') {
      // Read-your-own-writes: the next render of the thread waits for fresh data.
      context.expireTag(commentsTag(comment.article._ref))
      await notifyCommentApproved(comment._id).catch((error: unknown) =>
        logFailure('notification', error),
      )
    }
    if (outcome.status !== 'spam') {
      const kinds = [values.notifyThread && 'thread', values.notifyReplies && 'replies'] as const
      for (const kind of kinds) {
        if (!kind) continue
        await requestSubscription({
          email: comment.authorEmail,
          name: comment.authorName,
          articleId: comment.article._ref,
          kind,
          commentId: comment._id,
        }).catch((error: unknown) => logFailure(`abonnement ${kind}`, error))
      }
    }
    return {
      status: 'ok',
      outcome: outcome.status,
      message: outcome.message,
      commentId: comment._id,
      startToken: signStartToken(secret),
    }
  } catch (error) {
    logFailure('envoi', error)
    return {
      status: 'error',
      errors: { form: 'Votre commentaire n’a pas pu être enregistré. Réessayez dans un instant.' },
      values,
      startToken: context.previousStartToken,
    }
  }
}
