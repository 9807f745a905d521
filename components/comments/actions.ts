'use server'

import { updateTag } from 'next/cache'
import { cookies, headers } from 'next/headers'

import { commentsTag, getCommentStore } from '@/lib/comments'
import { acceptComment } from '@/lib/comments/accept'
import { grantEditAfter } from '@/lib/comments/edit-grant'
import { signStartToken } from '@/lib/comments/form-token'
import type { CommentFormState } from '@/lib/comments/schema'
import { newVoter, readVoter, VOTER_COOKIE, voterCookieOptions } from '@/lib/comments/voter'
import { recordVote, voterHash } from '@/lib/comments/votes'
import { getEnv } from '@/lib/env'
import { getPrivateDb } from '@/lib/private'
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
