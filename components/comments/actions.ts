'use server'

import { updateTag } from 'next/cache'
import { cookies, headers } from 'next/headers'

import { commentsTag, getCommentStore } from '@/lib/comments'
import { acceptComment } from '@/lib/comments/accept'
import { grantEditAfter } from '@/lib/comments/edit-grant'
import { signStartToken } from '@/lib/comments/form-token'
import type { CommentFormState } from '@/lib/comments/schema'
import { VOTER_COOKIE, voterCookieOptions } from '@/lib/comments/voter'
import { castVote } from '@/lib/comments/votes'
import { getEnv } from '@/lib/env'
import { getPrivateDb } from '@/lib/private'
import { clientIp } from '@/lib/security/client-ip'
import { getServerSecret } from '@/lib/security/secret'

function logFailure(what: string, error: unknown) {
  console.error(`[commentaires] ${what} :`, error)
}

/** Server Action of the comment form (`useActionState`), used once the page is hydrated. */
export async function submitCommentAction(
  previous: CommentFormState,
  formData: FormData,
): Promise<CommentFormState> {
  const state = await acceptComment(formData, {
    headers: await headers(),
    expireTag: updateTag,
    previousStartToken: previous.startToken,
  })
  await grantEditAfter(state)
  // The id only serves the edit cookie: the browser gets the outcome and the message.
  return state.status === 'ok' ? { ...state, commentId: undefined } : state
}

/**
 * A start token for the comment form (« shown at »), asked when the reader first focuses it:
 * the article page is static, so it cannot carry one of its own.
 */
export async function startTokenAction(): Promise<string> {
  return signStartToken(getServerSecret())
}

/** State of a vote button. `retry`: send the same click again (the voter id was just issued). */
export interface VoteState {
  votes: number
  voted: boolean
  message: string
  retry?: boolean
}

/**
 * Server Action of the « Utile » button (vote, or take one's vote back): see `castVote`. Sets the
 * signed voter cookie when the request had none, and expires the thread when the count moved.
 */
export async function voteAction(previous: VoteState, formData: FormData): Promise<VoteState> {
  try {
    const secret = getServerSecret()
    const jar = await cookies()
    const answer = await castVote(
      { commentId: formData.get('commentId'), intent: formData.get('intent') ?? undefined },
      {
        store: await getCommentStore(),
        db: getPrivateDb(),
        secret,
        ip: clientIp(await headers(), getEnv().trustedProxyHeader),
        voterCookie: jar.get(VOTER_COOKIE)?.value,
      },
    )
    if (answer.newVoterCookie) {
      jar.set(
        VOTER_COOKIE,
        answer.newVoterCookie,
        voterCookieOptions(getEnv().siteUrl.startsWith('https:')),
      )
    }
    if (answer.changedArticle) updateTag(commentsTag(answer.changedArticle))
    return {
      votes: answer.votes ?? previous.votes,
      voted: answer.voted ?? previous.voted,
      message: answer.message,
      ...(answer.retry ? { retry: true } : {}),
    }
  } catch (error) {
    logFailure('vote', error)
    return {
      votes: previous.votes,
      voted: previous.voted,
      message: 'Votre vote n’a pas pu être enregistré. Réessayez dans un instant.',
    }
  }
}
