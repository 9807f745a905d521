import { randomBytes } from 'node:crypto'

import type { CommentMutation } from './store'

/** A comment as the erasure sees it. */
export interface CommentLink {
  _id: string
  parentId: string | null
}

/**
 * Re-attaches replies whose parent is being deleted to the nearest ancestor that survives, or
 * to the top level when the whole chain above them goes. The `parent` reference stays weak, as
 * in the schema, and the audit trail records why it changed.
 */
export function reparentMutations(
  deleted: readonly CommentLink[],
  replies: readonly CommentLink[],
  at: string,
): CommentMutation[] {
  const parentOf = new Map(deleted.map((comment) => [comment._id, comment.parentId]))
  return replies.map((reply) => {
    let parent = reply.parentId
    const visited = new Set<string>()
    while (parent && parentOf.has(parent) && !visited.has(parent)) {
      visited.add(parent)
      parent = parentOf.get(parent) ?? null
    }
    const event = {
      _key: randomBytes(6).toString('hex'),
      _type: 'moderationEvent',
      action: 'edited',
      by: 'Kiosque',
      at,
      note: 'Le commentaire auquel il répondait a été supprimé à la demande de son auteur.',
    }
    return {
      patch: {
        id: reply._id,
        ...(parent
          ? { set: { parent: { _type: 'reference', _ref: parent, _weak: true } } }
          : { unset: ['parent'] }),
        setIfMissing: { moderation: [] },
        insert: { after: 'moderation[-1]', items: [event] },
      },
    }
  })
}
