import type { ClientReturn } from '@sanity/client'

import type { Lake } from '@/lib/lake'

/** The mutations this feature writes, in the form both the lake and Sanity's API accept. */
export type CommentMutation =
  | { delete: { id: string } }
  | {
      patch: {
        id: string
        set?: Record<string, unknown>
        setIfMissing?: Record<string, unknown>
        unset?: string[]
        insert?: { after: string; items: unknown[] }
      }
    }

/**
 * Reads and writes comments, private fields included: the embedded lake, or the hosted Content
 * Lake through a client holding the write token. Queries run on the raw perspective, so drafts
 * of a comment are found (and deleted) too.
 */
export interface CommentStore {
  fetch<const Q extends string>(
    query: Q,
    params: Record<string, unknown>,
  ): Promise<ClientReturn<Q, unknown>>
  /** One transaction: all mutations or none. */
  mutate(mutations: CommentMutation[], author: string): Promise<void>
}

/** A store over an embedded lake (the default mode, and unit tests with a temporary lake). */
export function lakeCommentStore(lake: Lake): CommentStore {
  return {
    async fetch(query, params) {
      // The result type is the one TypeGen generated for this exact query string.
      return lake.query(query, params, { perspective: 'raw' })
    },
    async mutate(mutations, author) {
      if (mutations.length > 0) lake.mutate(mutations, { author })
    },
  }
}
