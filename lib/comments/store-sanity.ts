import 'server-only'

import { createClient, type SanityClient } from '@sanity/client'

import type { AppEnv } from '@/lib/env'
import { contentLakeConfig } from '@/lib/content/client-config'
import {
  approvedCommentsQuery,
  commentDuplicateQuery,
  commentEditTargetQuery,
  commentKnownAuthorQuery,
  commentTargetQuery,
  commentVoteTargetQuery,
} from '@/sanity/lib/queries'

import { CommentChangedError, type CommentStore } from './store'

type SanityEnv = Extract<AppEnv, { mode: 'sanity' }>

let client: SanityClient | undefined

/**
 * The store over a hosted Content Lake. Comment ids contain a dot, so even reading them needs a
 * token: `SANITY_API_WRITE_TOKEN` (an Editor token) is used for reads and writes, server-side
 * only. Without it comments are neither shown nor accepted (the error says which variable).
 */
export function sanityCommentStore(env: SanityEnv): CommentStore {
  const sanity = () => {
    if (!env.writeToken) {
      throw new Error(
        'SANITY_API_WRITE_TOKEN est requis pour lire et enregistrer les commentaires.',
      )
    }
    client ??= createClient(
      contentLakeConfig(env, { token: env.writeToken, perspective: 'published' }),
    )
    return client
  }
  const fetch = { cache: 'no-store' } as const
  return {
    listApproved: (articleId) => sanity().fetch(approvedCommentsQuery, { articleId }, fetch),
    getTarget: (articleId, parentId) =>
      sanity().fetch(commentTargetQuery, { articleId, parentId: parentId ?? '' }, fetch),
    getVoteTarget: (commentId) => sanity().fetch(commentVoteTargetQuery, { commentId }, fetch),
    countDuplicates: (email, body, since) =>
      sanity().fetch(commentDuplicateQuery, { email, text: body, since }, fetch),
    countApprovedBy: (email) => sanity().fetch(commentKnownAuthorQuery, { email }, fetch),
    async create(doc) {
      await sanity().create(doc, { visibility: 'sync' })
    },
    async setVotes(commentId, votes) {
      await sanity().patch(commentId).set({ votes }).commit({ visibility: 'sync' })
    },
    getEditTarget: (commentId) => sanity().fetch(commentEditTargetQuery, { commentId }, fetch),
    async updateBody(commentId, { rev, body, status, event }) {
      try {
        await sanity()
          .patch(commentId)
          .ifRevisionId(rev)
          .setIfMissing({ moderation: [] })
          .set({ body, status })
          .insert('after', 'moderation[-1]', [event])
          .commit({ visibility: 'sync' })
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode === 409) {
          throw new CommentChangedError(commentId)
        }
        throw error
      }
    },
  }
}
