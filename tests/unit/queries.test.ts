import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openLake, type Lake } from '@/lib/lake'
import * as queries from '@/sanity/lib/queries'
import type { ArticleQueryResult, HomeQueryResult, OrganisationQueryResult } from '@/sanity.types'

/**
 * Every query of sanity/lib/queries.ts runs on the demo dataset through the embedded lake, with
 * the parameters a page would pass. A query added without sample parameters fails this test.
 */
const sampleParams: Record<string, Record<string, unknown>> = {
  settingsQuery: {},
  articleSlugsQuery: {},
  articleQuery: { slug: '3-questions-a-helene-varambon' },
  articleImageQuery: { slug: '3-questions-a-helene-varambon' },
  commentPostArticleQuery: { slug: '3-questions-a-helene-varambon' },
  homeQuery: {},
  personSlugsQuery: {},
  personQuery: { slug: 'helene-varambon' },
  organisationSlugsQuery: {},
  organisationQuery: { slug: 'numeria' },
  peopleIndexQuery: {},
  organisationsIndexQuery: {},
  seriesSlugsQuery: {},
  seriesQuery: { slug: 'nomination-du-mois' },
  tagSlugsQuery: {},
  tagQuery: { slug: 'numerique', start: 0, end: 24 },
  authorSlugsQuery: {},
  seriesMonthParamsQuery: {},
  seriesMonthQuery: {
    slug: 'nomination-du-mois',
    start: '2026-10-31T23:00:00Z',
    end: '2026-11-30T23:00:00Z',
  },
  searchIndexQuery: {},
  sitemapQuery: {},
  feedQuery: { series: null },
  approvedCommentsQuery: { articleId: 'article-3-questions-a-helene-varambon' },
  commentTargetQuery: {
    articleId: 'article-3-questions-a-helene-varambon',
    parentId: 'comment.3cb080fe-af06-5a04-a0d9-de1a21025773',
  },
  commentVoteTargetQuery: { commentId: 'comment.3cb080fe-af06-5a04-a0d9-de1a21025773' },
  commentEditTargetQuery: { commentId: 'comment.3cb080fe-af06-5a04-a0d9-de1a21025773' },
  commentDuplicateQuery: {
    email: 'gaelle.kerrien@example.com',
    text: 'Celle des Pays de la Loire, à Nantes. Très bon contact, je recommande.',
    since: '2026-01-01T00:00:00Z',
  },
  commentKnownAuthorQuery: { email: 'gaelle.kerrien@example.com' },
  subscriptionArticleQuery: { articleId: 'article-3-questions-a-helene-varambon' },
  subscriptionCommentQuery: { commentId: 'comment.3cb080fe-af06-5a04-a0d9-de1a21025773' },
  dataDeletionCommentsQuery: { email: 'gaelle.kerrien@example.com' },
  dataDeletionRepliesQuery: { ids: ['comment.3cb080fe-af06-5a04-a0d9-de1a21025773'] },
  moderationQueueQuery: { article: '', from: '', to: '', search: '', status: 'pending' },
  moderationQueueOldestQuery: { article: '', from: '', to: '', search: '', status: 'pending' },
  moderationCountsQuery: { article: '', from: '', to: '', search: '' },
  moderationArticlesQuery: {},
  studioCommentCountsQuery: {},
  moderationCommentQuery: { id: 'comment.3cb080fe-af06-5a04-a0d9-de1a21025773' },
  moderationRecentByEmailQuery: {
    emails: ['gaelle.kerrien@example.com'],
    since: '2026-01-01T00:00:00Z',
  },
  moderationDigestQuery: { since: '2026-01-01T00:00:00Z' },
}

let lake: Lake
let dataDir: string

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'kiosque-queries-'))
  lake = openLake({ dataDir, seedFile: path.resolve('content/demo/data.ndjson') })
})

afterAll(() => {
  lake.close()
  rmSync(dataDir, { recursive: true, force: true })
})

const allQueries: [string, string][] = Object.entries(queries).flatMap(([name, value]) =>
  typeof value === 'string' && name.endsWith('Query') ? [[name, value] as [string, string]] : [],
)

describe('GROQ queries on the demo dataset', () => {
  it('every query has sample parameters here', () => {
    expect(allQueries.map(([name]) => name).filter((name) => !(name in sampleParams))).toEqual([])
  })

  it.each(allQueries)('%s runs and returns data', async (name, query) => {
    const result = await lake.query(query, sampleParams[name] ?? {})
    expect(result).not.toBeNull()
    if (Array.isArray(result)) expect(result.length).toBeGreaterThan(0)
  })

  it('the article query resolves speakers, mentions, biography and cited organisations', async () => {
    const article = await lake.query<ArticleQueryResult>(
      queries.articleQuery,
      sampleParams.articleQuery,
    )
    if (!article) throw new Error('article introuvable')
    expect(article.headline).toMatch(/^3 questions à Hélène Varambon/)
    expect(article.heroImage?.asset?.url).toMatch(/^\/media\/images\/[0-9a-f]{40}-\d+x\d+\.png$/)
    const body = article.body ?? []
    const qa = body.flatMap((block) => (block._type === 'qa' ? [block] : []))
    expect(qa).toHaveLength(3)
    expect(qa[0]?.speaker).toMatchObject({ name: 'Hélène Varambon', slug: 'helene-varambon' })
    const mentions = body.flatMap((block) =>
      block._type === 'block' ? (block.markDefs ?? []) : [],
    )
    expect(
      mentions.some((mark) => mark._type === 'organisationMention' && mark.organisation?.slug),
    ).toBe(true)
    expect(article.interviewee?.career?.length).toBeGreaterThan(3)
    // The « Biographie » box shows the interviewee's prose biography, its mentions resolved.
    const biography = article.interviewee?.biography ?? []
    expect(biography.length).toBeGreaterThan(0)
    expect(biography.every((block) => block._type === 'block' && block._key)).toBe(true)
    expect(article.organisationsCited.map((org) => org.slug)).toContain('numeria')
    expect(article.related.length).toBeGreaterThan(0)
    expect(JSON.stringify(article)).not.toContain('authorEmail')
  })

  it('organisation relations are visible from both sides', async () => {
    const numeria = await lake.query<OrganisationQueryResult>(queries.organisationQuery, {
      slug: 'numeria',
    })
    expect(numeria?.relations?.length).toBeGreaterThan(0)
    const federation = await lake.query<OrganisationQueryResult>(queries.organisationQuery, {
      slug: 'federation-des-metiers-du-numerique-et-du-conseil',
    })
    expect(federation?.inverseRelations.map((org) => org.slug)).toContain('numeria')
  })

  it('the home query features the latest « Nomination du mois »', async () => {
    const home = await lake.query<HomeQueryResult>(queries.homeQuery)
    expect(home.featured?.slug).toBe('3-questions-a-helene-varambon')
    expect(home.series.map((series) => series.slug)).toContain('nomination-du-mois')
  })
})
