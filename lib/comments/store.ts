import { LakeError, type Lake } from '@/lib/lake'
import {
  approvedCommentsQuery,
  commentDuplicateQuery,
  commentEditTargetQuery,
  commentKnownAuthorQuery,
  commentTargetQuery,
  commentVoteTargetQuery,
} from '@/sanity/lib/queries'
import type {
  ApprovedCommentsQueryResult,
  CommentDuplicateQueryResult,
  CommentEditTargetQueryResult,
  CommentKnownAuthorQueryResult,
  CommentTargetQueryResult,
  CommentVoteTargetQueryResult,
} from '@/sanity.types'

/*
 * Where comments live: documents `comment.<uuid>` in the content store, written through one of
 * two implementations chosen by `getEnv().mode` (see ./index.ts). Both run the same GROQ.
 *
 * Privacy: in a Sanity dataset a document whose id contains a dot is readable only with a token,
 * so comments — e-mails and pending texts included — never leak through the public API, even
 * for a public dataset. The public thread is read server-side with the token, through
 * `approvedCommentsQuery`, which does not select `authorEmail`.
 */

/** One step of the moderation trail, as stored. */
export interface ModerationEntry {
  _key: string
  _type: 'moderationEvent'
  action: 'submitted' | 'approved' | 'rejected' | 'spam' | 'edited' | 'deleted'
  by: string
  at: string
  note?: string
}

/** A comment document as written on submission. */
export type NewCommentDocument = {
  _id: string
  _type: 'comment'
  article: { _type: 'reference'; _ref: string }
  parent?: { _type: 'reference'; _ref: string; _weak: true }
  authorName: string
  authorEmail: string
  body: string
  status: 'pending' | 'approved' | 'spam'
  votes: number
  createdAt: string
  anchor?: { _type: 'commentAnchor'; blockKey: string; quote: string }
  moderation: ModerationEntry[]
}

/** Public fields of an approved comment (no e-mail). */
export type PublicComment = ApprovedCommentsQueryResult[number]
/** The article a submission targets, its blocks and the parent comment if any. */
export type CommentTarget = NonNullable<CommentTargetQueryResult>
/** A comment being voted on. */
export type VoteTarget = NonNullable<CommentVoteTargetQueryResult>
/** A comment its author is editing (private fields: server-side only). */
export type EditTarget = NonNullable<CommentEditTargetQueryResult>

/** The author's edit: the new text, the status it goes back to, the trail entry. */
export interface CommentEdit {
  /** Revision read before the edit: a moderation decision in between makes the write fail. */
  rev: string
  body: string
  status: 'pending'
  event: ModerationEntry
}

/** Thrown by `updateBody` when the comment changed since it was read. */
export class CommentChangedError extends Error {
  constructor(id: string) {
    super(`Le commentaire ${id} a changé depuis sa lecture.`)
    this.name = 'CommentChangedError'
  }
}

/** Storage of comments, one implementation per content mode. */
export interface CommentStore {
  /** Approved comments of an article, public fields only. */
  listApproved(articleId: string): Promise<PublicComment[]>
  /** The article (with `parentId`'s comment when given and of that article), or null. */
  getTarget(articleId: string, parentId: string | null): Promise<CommentTarget | null>
  getVoteTarget(commentId: string): Promise<VoteTarget | null>
  /** Comments by this e-mail (lower-cased) with this exact body created after `since`. */
  countDuplicates(email: string, body: string, since: string): Promise<number>
  /** Approved comments by this e-mail (lower-cased). */
  countApprovedBy(email: string): Promise<number>
  create(doc: NewCommentDocument): Promise<void>
  /** Writes the vote count (absolute value: repeating it is harmless). */
  setVotes(commentId: string, votes: number): Promise<void>
  /** A comment with its text and status, for its author's edit. */
  getEditTarget(commentId: string): Promise<EditTarget | null>
  /** Replaces the text, sets the status and appends the trail entry, in one write. */
  updateBody(commentId: string, edit: CommentEdit): Promise<void>
}

/** The store over the embedded lake. */
export function lakeCommentStore(lake: Lake): CommentStore {
  return {
    listApproved: (articleId) =>
      lake.query<ApprovedCommentsQueryResult>(approvedCommentsQuery, { articleId }),
    getTarget: (articleId, parentId) =>
      lake.query<CommentTargetQueryResult>(commentTargetQuery, {
        articleId,
        parentId: parentId ?? '',
      }),
    getVoteTarget: (commentId) =>
      lake.query<CommentVoteTargetQueryResult>(commentVoteTargetQuery, { commentId }),
    countDuplicates: (email, body, since) =>
      lake.query<CommentDuplicateQueryResult>(commentDuplicateQuery, { email, text: body, since }),
    countApprovedBy: (email) =>
      lake.query<CommentKnownAuthorQueryResult>(commentKnownAuthorQuery, { email }),
    async create(doc) {
      lake.mutate([{ create: doc }], { author: 'comments' })
    },
    async setVotes(commentId, votes) {
      lake.mutate([{ patch: { id: commentId, set: { votes } } }], { author: 'comments' })
    },
    getEditTarget: (commentId) =>
      lake.query<CommentEditTargetQueryResult>(commentEditTargetQuery, { commentId }),
    async updateBody(commentId, { rev, body, status, event }) {
      try {
        lake.mutate(
          [
            {
              patch: {
                id: commentId,
                ifRevisionID: rev,
                setIfMissing: { moderation: [] },
                set: { body, status },
                insert: { after: 'moderation[-1]', items: [event] },
              },
            },
          ],
          { author: 'comments' },
        )
      } catch (error) {
        if (error instanceof LakeError && error.code === 'conflict') {
          throw new CommentChangedError(commentId)
        }
        throw error
      }
    },
  }
}
