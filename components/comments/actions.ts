'use server'

import { updateTag } from 'next/cache'
import { cookies, headers } from 'next/headers'
import { after } from 'next/server'

import { commentsTag, getCommentSettings, getCommentStore } from '@/lib/comments'
import { signStartToken } from '@/lib/comments/form-token'
import { clientIp } from '@/lib/comments/ratelimit'
import { formValues, type CommentFormState } from '@/lib/comments/schema'
import { submitComment } from '@/lib/comments/submit'
import { newVoter, readVoter, VOTER_COOKIE, voterCookieOptions } from '@/lib/comments/voter'
import { recordVote, voterHash } from '@/lib/comments/votes'
import { getEnv } from '@/lib/env'
import { announcePendingComment, rememberCommentIp } from '@/lib/moderation'
import { getPrivateDb } from '@/lib/private'
import { getServerSecret } from '@/lib/security/secret'
import { notifyCommentApproved, requestSubscription } from '@/lib/subscriptions'

function logFailure(what: string, error: unknown) {
  console.error(`[commentaires] ${what} :`, error)
}

/** Server Action of the comment form (`useActionState`); works with and without JavaScript. */
export async function submitCommentAction(
  previous: CommentFormState,
  formData: FormData,
): Promise<CommentFormState> {
  const env = getEnv()
  const secret = getServerSecret()
  const values = formValues(formData)
  try {
    const settings = await getCommentSettings()
    const ip = clientIp(await headers(), env.trustedProxyHeader)
    const outcome = await submitComment(formData, {
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
      updateTag(commentsTag(comment.article._ref))
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
    return { status: 'ok', message: outcome.message, startToken: signStartToken(secret) }
  } catch (error) {
    logFailure('envoi', error)
    return {
      status: 'error',
      errors: { form: 'Votre commentaire n’a pas pu être enregistré. Réessayez dans un instant.' },
      values,
      startToken: previous.startToken,
    }
  }
}

/** State of a vote button. */
export interface VoteState {
  votes: number
  voted: boolean
  message: string
}

/**
 * Server Action of the « Utile » button: one vote per voter cookie and comment (private DB,
 * UNIQUE), then the absolute count is written on the comment — idempotent and self-healing.
 */
export async function voteAction(previous: VoteState, formData: FormData): Promise<VoteState> {
  const commentId = formData.get('commentId')
  if (typeof commentId !== 'string' || !/^comment\.[0-9a-f-]{36}$/.test(commentId)) {
    return { ...previous, message: 'Ce commentaire est introuvable.' }
  }
  try {
    const store = await getCommentStore()
    const target = await store.getVoteTarget(commentId)
    if (!target || target.status !== 'approved') {
      return { ...previous, message: 'Ce commentaire n’est plus disponible.' }
    }
    const secret = getServerSecret()
    const jar = await cookies()
    let voter = readVoter(jar.get(VOTER_COOKIE)?.value, secret)
    if (!voter) {
      const created = newVoter(secret)
      voter = created.id
      jar.set(
        VOTER_COOKIE,
        created.value,
        voterCookieOptions(getEnv().siteUrl.startsWith('https:')),
      )
    }
    const result = recordVote(getPrivateDb(), {
      commentId,
      voter: voterHash(secret, voter),
      currentVotes: target.votes,
    })
    if (result.votes !== target.votes) {
      await store.setVotes(commentId, result.votes)
      updateTag(commentsTag(target.articleId))
    }
    return {
      votes: result.votes,
      voted: true,
      message: result.added
        ? 'Merci, votre vote est enregistré.'
        : 'Vous avez déjà voté pour ce commentaire.',
    }
  } catch (error) {
    logFailure('vote', error)
    return {
      ...previous,
      message: 'Votre vote n’a pas pu être enregistré. Réessayez dans un instant.',
    }
  }
}
