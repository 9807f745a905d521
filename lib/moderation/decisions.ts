import { randomBytes } from 'node:crypto'

import { moderationCommentQuery } from '@/sanity/lib/queries'
import type { ModerationCommentQueryResult } from '@/sanity.types'

import { StaleCommentError, type CommentBackend, type ModerationEvent } from './backend'

/** What a moderator can do to one comment. */
export const moderationActions = ['approve', 'reject', 'spam', 'delete', 'edit'] as const
export type ModerationAction = (typeof moderationActions)[number]

/** A moderation request as the server validated it. */
export interface ModerationRequest {
  commentId: string
  action: ModerationAction
  /** The moderator's display name, written into the trail. */
  by: string
  /** Revision the moderator saw; omitted for signed mail links, which act on the current one. */
  rev?: string
  note?: string
  /** New text, for `edit`. */
  body?: string
}

export type ModerationOutcome =
  | {
      ok: true
      articleId: string
      status: string | null
      deleted: boolean
      /** The status before this decision, and the key of its trail entry (see `undoModeration`). */
      previousStatus: string | null
      eventKey: string
    }
  | { ok: false; code: 'notFound' | 'stale' | 'unchanged' | 'invalid'; message: string }

const targetStatus = { approve: 'approved', reject: 'rejected', spam: 'spam' } as const
const trailAction = {
  approve: 'approved',
  reject: 'rejected',
  spam: 'spam',
  delete: 'deleted',
  edit: 'edited',
} as const satisfies Record<ModerationAction, ModerationEvent['action']>

/** The French refusal shown when another moderator got there first. */
export const STALE_MESSAGE =
  'Ce commentaire a été modifié entre-temps. Rechargez la page et réessayez.'

/** Reads one comment, private fields included, at its current revision. */
export function readComment(
  backend: CommentBackend,
  id: string,
): Promise<ModerationCommentQueryResult> {
  return backend.query<ModerationCommentQueryResult>(moderationCommentQuery, { id })
}

/**
 * Applies one decision: sets the status (or the text, or deletes) and appends the trail entry
 * in a single transaction guarded by the revision, so two moderators never overwrite each other.
 */
export async function applyModeration(
  backend: CommentBackend,
  request: ModerationRequest,
  now = new Date(),
): Promise<ModerationOutcome> {
  const comment = await readComment(backend, request.commentId)
  if (!comment) return { ok: false, code: 'notFound', message: 'Ce commentaire n’existe plus.' }
  if (request.rev && request.rev !== comment._rev) {
    return { ok: false, code: 'stale', message: STALE_MESSAGE }
  }
  const note = request.note?.trim() || undefined
  const event: ModerationEvent = {
    _key: randomBytes(6).toString('hex'),
    _type: 'moderationEvent',
    action: trailAction[request.action],
    by: request.by,
    at: now.toISOString(),
    ...(note ? { note } : {}),
  }
  const set: Record<string, unknown> = {}
  switch (request.action) {
    case 'approve':
    case 'reject':
    case 'spam': {
      const status = targetStatus[request.action]
      if (comment.status === status) {
        return { ok: false, code: 'unchanged', message: 'Ce commentaire a déjà ce statut.' }
      }
      set.status = status
      break
    }
    case 'edit': {
      const body = request.body?.trim() ?? ''
      if (body === '' || body.length > 4000) {
        return {
          ok: false,
          code: 'invalid',
          message: 'Le texte corrigé doit compter entre 1 et 4 000 caractères.',
        }
      }
      if (body === comment.body) {
        return { ok: false, code: 'unchanged', message: 'Le texte n’a pas changé.' }
      }
      set.body = body
      // The trail keeps what the reader wrote, so a correction can always be checked.
      event.note = [note, `Texte précédent : ${comment.body}`].filter(Boolean).join('\n')
      break
    }
    case 'delete':
      break
  }
  return writeDecision(backend, comment, { set, event, remove: request.action === 'delete' })
}

/**
 * Writes one decision on the revision that was read (a concurrent change makes it « stale ») and
 * describes the outcome.
 */
async function writeDecision(
  backend: CommentBackend,
  comment: NonNullable<Awaited<ReturnType<typeof readComment>>>,
  change: { set: Record<string, unknown>; event: ModerationEvent; remove?: boolean },
): Promise<ModerationOutcome> {
  const { set, event, remove = false } = change
  try {
    await backend.write(
      { id: comment._id, rev: comment._rev, set, event, remove },
      `moderation:${event.by}`,
    )
  } catch (error) {
    if (error instanceof StaleCommentError)
      return { ok: false, code: 'stale', message: STALE_MESSAGE }
    throw error
  }
  return {
    ok: true,
    articleId: comment.articleId,
    status: typeof set.status === 'string' ? set.status : comment.status,
    deleted: remove,
    previousStatus: comment.status,
    eventKey: event._key,
  }
}

/** A decision to take back: the comment, the key of the decision's trail entry, the old status. */
export interface UndoRequest {
  commentId: string
  eventKey: string
  previousStatus: string
  by: string
}

const undoableStatuses = new Set(['pending', 'approved', 'rejected', 'spam'])

/**
 * Puts a comment back in the status it had before one decision, with a « Décision annulée »
 * trail entry, provided that decision is still the comment's last event (nobody acted since).
 */
export async function undoModeration(
  backend: CommentBackend,
  request: UndoRequest,
  now = new Date(),
): Promise<ModerationOutcome> {
  const comment = await readComment(backend, request.commentId)
  if (!comment) return { ok: false, code: 'notFound', message: 'Ce commentaire n’existe plus.' }
  if (comment.moderation?.at(-1)?._key !== request.eventKey) {
    return { ok: false, code: 'stale', message: STALE_MESSAGE }
  }
  if (!undoableStatuses.has(request.previousStatus)) {
    return { ok: false, code: 'invalid', message: 'Cette décision ne peut pas être annulée.' }
  }
  const event: ModerationEvent = {
    _key: randomBytes(6).toString('hex'),
    _type: 'moderationEvent',
    action: 'undone',
    by: request.by,
    at: now.toISOString(),
  }
  return writeDecision(backend, comment, { set: { status: request.previousStatus }, event })
}
