import 'server-only'

import { updateTag } from 'next/cache'

import { ban } from '@/lib/comments/bans'
import { commentsTag } from '@/lib/comments/tags'
import { getPrivateDb } from '@/lib/private'
import { notifyCommentApproved } from '@/lib/subscriptions'

import type { Moderator } from './accounts'
import {
  applyModeration,
  readComment,
  undoModeration,
  type ModerationOutcome,
  type ModerationRequest,
} from './decisions'
import { commentIp } from './origins'
import { getModerationBackend } from './store'
import type { UndoEntry } from './undo'

/** Roles allowed to delete comments and ban readers; every role may approve, reject, edit. */
export const STRICT_ROLES = ['moderator', 'admin'] as const

/**
 * Applies a decision for `moderator` (already authorised by the caller), then refreshes the
 * article's cached thread (`updateTag`, so the next page view waits for fresh data: call this
 * from Server Actions only) and, on approval, mails the author and subscribers.
 */
export async function moderateAs(
  moderator: Moderator,
  request: Omit<ModerationRequest, 'by'>,
): Promise<ModerationOutcome> {
  const outcome = await applyModeration(getModerationBackend(), { ...request, by: moderator.name })
  if (!outcome.ok) return outcome
  updateTag(commentsTag(outcome.articleId))
  if (request.action === 'approve') {
    await notifyCommentApproved(request.commentId).catch((error: unknown) =>
      console.error('[moderation] notification après approbation impossible', error),
    )
  }
  return outcome
}

/**
 * Takes back decisions `moderator` has just made (see ./undo.ts): each comment returns to its
 * previous status unless someone acted on it since. Mails already sent on approval stay sent.
 */
export async function undoAs(
  moderator: Moderator,
  entries: UndoEntry[],
): Promise<{ done: number; failed: number }> {
  let done = 0
  for (const entry of entries) {
    const outcome = await undoModeration(getModerationBackend(), { ...entry, by: moderator.name })
    if (!outcome.ok) continue
    updateTag(commentsTag(outcome.articleId))
    done += 1
  }
  return { done, failed: entries.length - done }
}

/** Outcome of a ban request. */
export type BanOutcome = { ok: true; value: string } | { ok: false; message: string }

/**
 * Bans the e-mail or the recorded IP of a comment (lib/comments `ban`): the author's next
 * comments are stored as spam, silently. The comment itself is left as it is.
 */
export async function banAuthorOf(
  moderator: Moderator,
  commentId: string,
  kind: 'email' | 'ip',
): Promise<BanOutcome> {
  const comment = await readComment(getModerationBackend(), commentId)
  if (!comment) return { ok: false, message: 'Ce commentaire n’existe plus.' }
  const db = getPrivateDb()
  const value = kind === 'email' ? comment.authorEmail : commentIp(db, commentId)
  if (!value) {
    return {
      ok: false,
      message: 'L’adresse IP de ce commentaire n’est pas connue : bannissez l’e-mail.',
    }
  }
  ban(db, { kind, value, by: moderator.name, reason: `Commentaire ${commentId}` })
  return { ok: true, value }
}
