import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openLake, type Lake } from '@/lib/lake'
import { queueFiltersSchema, queueSort } from '@/lib/moderation/queue'
import {
  moderationArticlesQuery,
  moderationCountsQuery,
  moderationQueueOldestQuery,
  moderationQueueQuery,
  moderationRecentByEmailQuery,
} from '@/sanity/lib/queries'
import type { ModerationCountsQueryResult, ModerationQueueQueryResult } from '@/sanity.types'

let lake: Lake
let dir: string
const none = { article: '', from: '', to: '', search: '' }

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosque-modqueries-'))
  lake = openLake({ dataDir: dir, seedFile: path.resolve('content/demo/data.ndjson') })
})
afterAll(() => {
  lake.close()
  rmSync(dir, { recursive: true, force: true })
})

const raw = { perspective: 'raw' as const }

describe('moderation queries on the demo data', () => {
  it('lists pending comments newest first, with article, parent and e-mail', async () => {
    const items = await lake.query<ModerationQueueQueryResult>(
      moderationQueueQuery,
      { ...none, status: 'pending' },
      raw,
    )
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((item) => item.status === 'pending' && item.authorEmail.includes('@'))).toBe(
      true,
    )
    const dates = items.map((item) => item.createdAt ?? '')
    expect(dates).toEqual([...dates].sort().reverse())
    expect(items.some((item) => item.parent?.authorName)).toBe(true)
    expect(items.every((item) => item.article.headline)).toBe(true)
  })

  it('lists the oldest first with the default order of the pending tab', async () => {
    const items = await lake.query<ModerationQueueQueryResult>(
      moderationQueueOldestQuery,
      { ...none, status: 'pending' },
      raw,
    )
    const dates = items.map((item) => item.createdAt ?? '')
    expect(dates.length).toBeGreaterThan(1)
    expect(dates).toEqual([...dates].sort())
    expect(queueSort({ statut: 'en-attente' })).toBe('anciens')
    expect(queueSort({ statut: 'approuves' })).toBe('recents')
    expect(queueSort({ statut: 'en-attente', tri: 'recents' })).toBe('recents')
    expect(queueFiltersSchema.parse({ tri: 'n-importe' }).tri).toBeUndefined()
  })

  it('counts per status under the same filters, and filters by article, dates and search', async () => {
    const all = await lake.query<ModerationCountsQueryResult>(moderationCountsQuery, none, raw)
    expect(all.pending + all.approved + all.rejected + all.spam).toBe(
      await lake.query<number>('count(*[_type == "comment"])', {}, raw),
    )
    const article = 'article-3-questions-a-samuel-tiemtore'
    const byArticle = await lake.query<ModerationQueueQueryResult>(
      moderationQueueQuery,
      { ...none, article, status: 'pending' },
      raw,
    )
    expect(byArticle.map((item) => item.article._id)).toEqual([article])
    const byEmail = await lake.query<ModerationQueueQueryResult>(
      moderationQueueQuery,
      { ...none, search: ['elodie.brunetiere@example.org*'], status: 'pending' },
      raw,
    )
    expect(byEmail.map((item) => item.authorName)).toEqual(['Élodie Brunetière'])
    const byWord = await lake.query<ModerationCountsQueryResult>(
      moderationCountsQuery,
      { ...none, search: ['intermittents*'] },
      raw,
    )
    expect(byWord.pending).toBe(1)
    const outOfRange = await lake.query<ModerationCountsQueryResult>(
      moderationCountsQuery,
      { ...none, from: '2030-01-01', to: '2030-01-02' },
      raw,
    )
    expect(outOfRange).toEqual({ pending: 0, approved: 0, rejected: 0, spam: 0 })
  })

  it('lists articles and recent comments by e-mail', async () => {
    expect((await lake.query<unknown[]>(moderationArticlesQuery, {}, raw)).length).toBeGreaterThan(
      0,
    )
    const recent = await lake.query<unknown[]>(
      moderationRecentByEmailQuery,
      { emails: ['gaelle.kerrien@example.com'], since: '2026-11-01T00:00:00Z' },
      raw,
    )
    expect(recent.length).toBeGreaterThanOrEqual(2)
  })
})
