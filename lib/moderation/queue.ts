import 'server-only'

import { z } from 'zod'

import { isBanned } from '@/lib/comments/bans'
import { getPrivateDb } from '@/lib/private'
import {
  moderationArticlesQuery,
  moderationCountsQuery,
  moderationQueueOldestQuery,
  moderationQueueQuery,
  moderationRecentByEmailQuery,
} from '@/sanity/lib/queries'
import type {
  ModerationArticlesQueryResult,
  ModerationCountsQueryResult,
  ModerationQueueQueryResult,
  ModerationRecentByEmailQueryResult,
} from '@/sanity.types'

import { getModerationBackend } from './store'

/** Queue tabs, in the order shown; the URL carries the French slug. */
export const queueTabs = [
  { status: 'pending', slug: 'en-attente', label: 'En attente' },
  { status: 'approved', slug: 'approuves', label: 'Approuvés' },
  { status: 'rejected', slug: 'rejetes', label: 'Rejetés' },
  { status: 'spam', slug: 'spam', label: 'Spam' },
] as const

export type QueueStatus = (typeof queueTabs)[number]['status']

const DAY_MS = 24 * 60 * 60 * 1000
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(value)))
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)

/** Sort orders of the queue; the URL carries the French slug (`tri`). */
export const queueSorts = [
  { slug: 'anciens', label: 'Plus anciens d’abord' },
  { slug: 'recents', label: 'Plus récents d’abord' },
] as const

export type QueueSort = (typeof queueSorts)[number]['slug']

/**
 * The sort in force: the one asked for, otherwise oldest first for pending comments (the longest
 * wait is handled first) and newest first for the decided ones.
 */
export function queueSort(filters: Pick<QueueFilters, 'statut' | 'tri'>): QueueSort {
  return filters.tri ?? (filters.statut === 'en-attente' ? 'anciens' : 'recents')
}

/**
 * The queue's GET parameters (`statut`, `article`, `du`, `au`, `q`, `tri`), invalid values
 * dropped.
 */
export const queueFiltersSchema = z.object({
  statut: z.preprocess(first, z.enum(queueTabs.map((tab) => tab.slug)).catch('en-attente')),
  article: z.preprocess(
    first,
    z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,128}$/)
      .optional()
      .catch(undefined),
  ),
  du: z.preprocess(first, date.optional().catch(undefined)),
  au: z.preprocess(first, date.optional().catch(undefined)),
  q: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)),
  tri: z.preprocess(
    first,
    z
      .enum(['anciens', 'recents'] satisfies QueueSort[])
      .optional()
      .catch(undefined),
  ),
})

export type QueueFilters = z.infer<typeof queueFiltersSchema>

/** The filters as a query string, to come back to the same view after an action. */
export function filtersToSearch(filters: QueueFilters, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...filters, ...extra }).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
  )
  return new URLSearchParams(entries).toString()
}

/** Spam signals shown beside a comment. */
export interface SpamSignals {
  links: number
  banned: boolean
  /** Comments from the same e-mail in the 24 hours up to this one, this one included. */
  recentFromEmail: number
}

export type QueueItem = ModerationQueueQueryResult[number] & { signals: SpamSignals }

/** One page of the queue, with counts per status under the same filters. */
export interface Queue {
  status: QueueStatus
  items: QueueItem[]
  counts: ModerationCountsQueryResult
  articles: ModerationArticlesQueryResult
}

function searchTerms(q: string | undefined): string[] | '' {
  const words = (q ?? '').toLowerCase().match(/[\p{L}\p{N}@._-]+/gu)
  return words?.length ? words.slice(0, 8).map((word) => `${word}*`) : ''
}

/** Loads the queue for validated filters, in the order of `queueSort`, at most 100 items. */
export async function loadQueue(filters: QueueFilters): Promise<Queue> {
  const backend = getModerationBackend()
  const status = queueTabs.find((tab) => tab.slug === filters.statut)?.status ?? 'pending'
  const to = filters.au ? new Date(Date.parse(filters.au) + DAY_MS).toISOString().slice(0, 10) : ''
  const params = {
    article: filters.article ?? '',
    from: filters.du ?? '',
    to,
    search: searchTerms(filters.q),
  }
  const [items, counts, articles] = await Promise.all([
    backend.query<ModerationQueueQueryResult>(
      queueSort(filters) === 'anciens' ? moderationQueueOldestQuery : moderationQueueQuery,
      { ...params, status },
    ),
    backend.query<ModerationCountsQueryResult>(moderationCountsQuery, params),
    backend.query<ModerationArticlesQueryResult>(moderationArticlesQuery, {}),
  ])
  const oldest = items.reduce(
    (min, item) => Math.min(min, Date.parse(item.createdAt ?? '') || Date.now()),
    Date.now(),
  )
  const recent = await backend.query<ModerationRecentByEmailQueryResult>(
    moderationRecentByEmailQuery,
    {
      emails: [...new Set(items.map((item) => item.authorEmail))],
      since: new Date(oldest - DAY_MS).toISOString(),
    },
  )
  const db = getPrivateDb()
  return {
    status,
    counts,
    articles,
    items: items.map((item) => {
      const at = Date.parse(item.createdAt ?? '') || Date.now()
      return {
        ...item,
        signals: {
          links: (item.body.match(/https?:\/\/|www\./gi) ?? []).length,
          banned: isBanned(db, { email: item.authorEmail }),
          recentFromEmail: recent.filter((other) => {
            const otherAt = Date.parse(other.createdAt ?? '')
            return other.authorEmail === item.authorEmail && otherAt <= at && otherAt > at - DAY_MS
          }).length,
        },
      }
    }),
  }
}
