import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openLake, type Lake } from '@/lib/lake'
import * as queries from '@/sanity/lib/queries'

/**
 * Every query of sanity/lib/queries.ts runs on the demo dataset through the embedded lake, with
 * the parameters a page would pass. A query added without sample parameters fails this test.
 */
const sampleParams: Record<string, Record<string, unknown>> = {
  settingsQuery: {},
  articleSlugsQuery: {},
  articleQuery: { slug: '3-questions-a-helene-varambon' },
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
  tagQuery: { slug: 'numerique' },
  authorSlugsQuery: {},
  searchIndexQuery: {},
  sitemapQuery: {},
  feedQuery: { series: null },
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

const allQueries = Object.entries(queries).filter(
  (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0].endsWith('Query'),
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
    const article = await lake.query<Record<string, any>>(
      queries.articleQuery,
      sampleParams.articleQuery,
    )
    expect(article.headline).toMatch(/^3 questions à Hélène Varambon/)
    expect(article.heroImage.asset.url).toMatch(/^\/media\/images\/[0-9a-f]{40}-\d+x\d+\.png$/)
    const qa = article.body.filter((block: { _type: string }) => block._type === 'qa')
    expect(qa).toHaveLength(3)
    expect(qa[0].speaker).toMatchObject({ name: 'Hélène Varambon', slug: 'helene-varambon' })
    const mentions = article.body.flatMap(
      (block: { markDefs?: { _type: string }[] }) => block.markDefs ?? [],
    )
    expect(
      mentions.some(
        (mark: Record<string, any>) =>
          mark._type === 'organisationMention' && mark.organisation?.slug,
      ),
    ).toBe(true)
    expect(article.interviewee.career.length).toBeGreaterThan(3)
    expect(article.organisationsCited.map((org: { slug: string }) => org.slug)).toContain('numeria')
    expect(article.related.length).toBeGreaterThan(0)
    expect(JSON.stringify(article)).not.toContain('authorEmail')
  })

  it('organisation relations are visible from both sides', async () => {
    const numeria = await lake.query<Record<string, any>>(queries.organisationQuery, {
      slug: 'numeria',
    })
    expect(numeria.relations.length).toBeGreaterThan(0)
    const federation = await lake.query<Record<string, any>>(queries.organisationQuery, {
      slug: 'federation-des-metiers-du-numerique-et-du-conseil',
    })
    expect(federation.inverseRelations.map((org: { slug: string }) => org.slug)).toContain(
      'numeria',
    )
  })

  it('the home query features the latest « Nomination du mois »', async () => {
    const home = await lake.query<Record<string, any>>(queries.homeQuery)
    expect(home.featured.slug).toBe('3-questions-a-helene-varambon')
    expect(home.series.map((series: { slug: string }) => series.slug)).toContain(
      'nomination-du-mois',
    )
  })
})
