import 'server-only'

import { cacheLife, cacheTag } from 'next/cache'

import { CONTENT_TAG, fetchContent } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { getLake } from '@/lib/lake'
import { settingsQuery } from '@/sanity/lib/queries'

import { lakeCommentStore, type CommentStore, type PublicComment } from './store'

import { commentsTag } from './tags'

export { commentsTag }

let store: CommentStore | undefined

/**
 * The comment store of the configured mode: the embedded lake, or the hosted Content Lake
 * through a server-side token (see ./store-sanity.ts for why reads need it too).
 */
export async function getCommentStore(): Promise<CommentStore> {
  if (store) return store
  const env = getEnv()
  if (env.mode === 'sanity') {
    const { sanityCommentStore } = await import('./store-sanity')
    return (store = sanityCommentStore(env))
  }
  return (store = lakeCommentStore(getLake()))
}

/**
 * Approved comments of an article, public fields only, cached until a write or a moderation
 * decision updates `comments:<articleId>` (or a publish updates `content`).
 */
export async function getApprovedComments(articleId: string): Promise<PublicComment[]> {
  'use cache'
  cacheLife('max')
  cacheTag(commentsTag(articleId), CONTENT_TAG)
  return (await getCommentStore()).listApproved(articleId)
}

/** Thread settings from siteSettings, with the documented defaults. */
export interface CommentSettings {
  autoApproveKnownAuthors: boolean
  maxDepth: number
  pageSize: number
}

/** The comment settings of siteSettings (cached with the content). */
export async function getCommentSettings(): Promise<CommentSettings> {
  const settings = await fetchContent(settingsQuery)
  return {
    autoApproveKnownAuthors: settings?.commentsAutoApproveKnownAuthors === true,
    maxDepth: Math.min(6, Math.max(1, settings?.commentsMaxDepth ?? 3)),
    pageSize: Math.max(1, settings?.commentsPageSize ?? 10),
  }
}

/** Approved inline comments per passage: count and the first comment, for the markers. */
export function passageIndex(
  comments: readonly PublicComment[],
): Record<string, { count: number; firstId: string }> {
  const index: Record<string, { count: number; firstId: string }> = {}
  for (const comment of comments) {
    const key = comment.anchor?.blockKey
    if (!key) continue
    const entry = index[key]
    if (entry) entry.count += 1
    else index[key] = { count: 1, firstId: comment._id }
  }
  return index
}

export type { PublicComment } from './store'
