import type { Lake } from '@/lib/lake'
import { pageSlice } from '@/lib/pagination'
import * as queries from '@/sanity/lib/queries'

import { generatedLake } from './generate'
import { percentile } from './stats'

/*
 * p50/p99 of the queries reader pages run, on generated lakes. Each call passes an extra unused
 * `$benchRun` parameter: the lake caches results until the next transaction, and a page
 * rendered for the first time (or after a publish) pays the evaluation, which is what we time.
 * Slugs rotate over the dataset so narrowing works on varied documents.
 */

type Params = Record<string, unknown>

interface Samples {
  articles: string[]
  people: string[]
  organisations: string[]
  series: string[]
  tags: string[]
  months: { slug: string; start: string; end: string }[]
  articleIds: string[]
}

const MAIN: [keyof typeof queries, (s: Samples, i: number) => Params][] = [
  ['articleQuery', (s, i) => ({ slug: pick(s.articles, i) })],
  ['personQuery', (s, i) => ({ slug: pick(s.people, i) })],
  ['organisationQuery', (s, i) => ({ slug: pick(s.organisations, i) })],
  ['seriesQuery', (s, i) => ({ slug: pick(s.series, i) })],
  ['seriesMonthQuery', (s, i) => pick(s.months, i)],
  ['tagQuery', (s, i) => ({ slug: pick(s.tags, i), ...pageSlice(1) })],
  ['homeQuery', () => ({})],
  ['feedQuery', () => ({ series: null })],
  ['settingsQuery', () => ({})],
  ['articleImageQuery', (s, i) => ({ slug: pick(s.articles, i) })],
  ['approvedCommentsQuery', (s, i) => ({ articleId: pick(s.articleIds, i) })],
  ['searchIndexQuery', () => ({})],
  ['sitemapQuery', () => ({})],
  ['articleSlugsQuery', () => ({})],
]

/** One measured query at one dataset size. */
export interface QueryRow {
  articles: number
  query: string
  runs: number
  p50Ms: number
  p99Ms: number
}

const pick = <T>(list: T[], i: number): T => list[i % list.length]!

async function samples(lake: Lake): Promise<Samples> {
  const slugs = (type: string, extra = '') =>
    lake.query<string[]>(`*[_type == $type && defined(slug.current) ${extra}].slug.current`, {
      type,
    })
  const dated = await lake.query<{ slug: string; at: string }[]>(
    `*[_type == "article" && defined(series) && defined(publishedAt)]{ "slug": series->slug.current, "at": publishedAt }`,
  )
  return {
    articles: await slugs('article'),
    people: await slugs('person', '&& isJournalist != true'),
    organisations: await slugs('organisation'),
    series: await slugs('series'),
    tags: await slugs('tag'),
    articleIds: await lake.query<string[]>(`*[_type == "article"]._id`),
    months: dated.map(({ slug, at }) => {
      const start = new Date(at.slice(0, 7) + '-01T00:00:00Z')
      const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1))
      return { slug, start: start.toISOString(), end: end.toISOString() }
    }),
  }
}

/** Times every main query on a lake: at least 5 runs, up to `runs` or `budgetMs` per query. */
export async function timeQueries(
  lake: Lake,
  articles: number,
  {
    runs = 200,
    budgetMs = 1_500,
    only,
  }: { runs?: number; budgetMs?: number; only?: string[] } = {},
): Promise<QueryRow[]> {
  const s = await samples(lake)
  const rows: QueryRow[] = []
  let run = 0
  for (const [name, paramsOf] of MAIN) {
    if (only && !only.includes(name)) continue
    const groq = queries[name] as string
    await lake.query(groq, paramsOf(s, 0)) // parse, narrow and build the view once
    const times: number[] = []
    const started = performance.now()
    for (let i = 0; i < runs && (i < 5 || performance.now() - started < budgetMs); i += 1) {
      run += 1
      const t0 = performance.now()
      await lake.query(groq, { ...paramsOf(s, i), benchRun: run })
      times.push(performance.now() - t0)
    }
    rows.push({
      articles,
      query: name,
      runs: times.length,
      p50Ms: percentile(times, 50),
      p99Ms: percentile(times, 99),
    })
  }
  return rows
}

/** Opens (generating on first use) a lake per size under `cacheDir` and times the queries. */
export async function benchQueries(
  sizes: number[],
  cacheDir: string,
  options: { only?: string[]; log?: (line: string) => void } = {},
): Promise<QueryRow[]> {
  const rows: QueryRow[] = []
  for (const size of sizes) {
    const t0 = performance.now()
    const lake = generatedLake(size, cacheDir)
    options.log?.(`lac de ${size} articles prêt en ${Math.round(performance.now() - t0)} ms`)
    try {
      rows.push(...(await timeQueries(lake, size, options)))
    } finally {
      lake.close()
    }
  }
  return rows
}
