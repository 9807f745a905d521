import type { SanityClient } from '@sanity/client'

import { LakeError, type Lake, type LakeMutation } from '@/lib/lake'

/** One entry of a comment's `moderation` trail (docs/content-model.md). */
export interface ModerationEvent {
  _key: string
  _type: 'moderationEvent'
  action: 'submitted' | 'approved' | 'rejected' | 'spam' | 'edited' | 'deleted' | 'undone'
  by: string
  at: string
  note?: string
}

/** A moderation write: fields to set plus one trail entry, guarded by the revision read. */
export interface ModerationWrite {
  id: string
  rev: string
  set: Record<string, unknown>
  event: ModerationEvent
  /** Delete the document in the same transaction, after recording why in its history. */
  remove?: boolean
}

/** The stale-revision refusal, whichever store raised it. */
export class StaleCommentError extends Error {
  constructor(id: string) {
    super(`Le commentaire ${id} a changé depuis sa lecture.`)
    this.name = 'StaleCommentError'
  }
}

/** Where moderation reads and writes comments: the embedded lake or the hosted Content Lake. */
export interface CommentBackend {
  /** GROQ over every non-draft document, private fields included. */
  query<T>(groq: string, params: Record<string, unknown>): Promise<T>
  /** Applies one write as a single transaction; throws `StaleCommentError` on a stale revision. */
  write(write: ModerationWrite, author: string): Promise<void>
}

/** Backend over the embedded lake (also used by unit tests on a temporary lake). */
export function lakeBackend(lake: Lake): CommentBackend {
  return {
    query: (groq, params) => lake.query(groq, params, { perspective: 'raw' }),
    async write({ id, rev, set, event, remove }, author) {
      const mutations: LakeMutation[] = [
        {
          patch: {
            id,
            ifRevisionID: rev,
            setIfMissing: { moderation: [] },
            set,
            insert: { after: 'moderation[-1]', items: [event] },
          },
        },
      ]
      if (remove) mutations.push({ delete: { id } })
      try {
        lake.mutate(mutations, { author })
      } catch (error) {
        if (error instanceof LakeError && error.code === 'conflict') throw new StaleCommentError(id)
        throw error
      }
    },
  }
}

/** Backend over a Sanity client holding a write token. */
export function sanityBackend(client: SanityClient): CommentBackend {
  return {
    query: (groq, params) => client.fetch(groq, params, { perspective: 'raw', cache: 'no-store' }),
    async write({ id, rev, set, event, remove }) {
      const patch = client
        .patch(id)
        .ifRevisionId(rev)
        .setIfMissing({ moderation: [] })
        .set(set)
        .insert('after', 'moderation[-1]', [event])
      const transaction = client.transaction().patch(patch)
      if (remove) transaction.delete(id)
      try {
        await transaction.commit({ visibility: 'sync' })
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode
        if (status === 409) throw new StaleCommentError(id)
        throw error
      }
    },
  }
}
