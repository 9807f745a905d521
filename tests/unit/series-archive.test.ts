import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { monthRange, monthsOf } from '@/lib/archive'
import { openLake, type Lake } from '@/lib/lake'
import { seriesMonthParamsQuery, seriesMonthQuery } from '@/sanity/lib/queries'
import type { SeriesMonthParamsQueryResult, SeriesMonthQueryResult } from '@/sanity.types'

let lake: Lake
let dataDir: string

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'kiosque-archive-'))
  lake = openLake({ dataDir, seedFile: path.resolve('content/demo/data.ndjson') })
})

afterAll(() => {
  lake.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('series month archive on the demo dataset', () => {
  it('lists a month for each month of the monthly series', async () => {
    const params = await lake.query<SeriesMonthParamsQueryResult>(seriesMonthParamsQuery)
    const monthly = params.find((series) => series.slug === 'nomination-du-mois')
    expect(monthsOf(monthly?.dates ?? [])).toEqual([
      '2026-11',
      '2026-10',
      '2026-09',
      '2026-08',
      '2026-07',
      '2026-06',
      '2026-05',
      '2026-04',
    ])
  })

  it('returns only the articles of the requested Paris month, and every date for navigation', async () => {
    const june = await lake.query<SeriesMonthQueryResult>(seriesMonthQuery, {
      slug: 'nomination-du-mois',
      ...monthRange('2026-06'),
    })
    expect(june?.articles.map((article) => article.slug)).toEqual([
      '3-questions-a-claire-montadier',
    ])
    expect(june?.dates).toHaveLength(8)

    const empty = await lake.query<SeriesMonthQueryResult>(seriesMonthQuery, {
      slug: 'nomination-du-mois',
      ...monthRange('2026-03'),
    })
    expect(empty?.articles).toEqual([])

    const unknown = await lake.query<SeriesMonthQueryResult>(seriesMonthQuery, {
      slug: 'rubrique-inconnue',
      ...monthRange('2026-06'),
    })
    expect(unknown).toBeNull()
  })
})
