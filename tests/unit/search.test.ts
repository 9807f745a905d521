import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openLake, type Lake } from '@/lib/lake'
import {
  excerpt,
  highlight,
  MAX_QUERY_LENGTH,
  normalize,
  parseSearchQuery,
  rank,
  searchIndex,
  tokenize,
} from '@/lib/search'
import type { SearchIndexQueryResult } from '@/sanity.types'
import { searchIndexQuery } from '@/sanity/lib/queries'

describe('normalize and tokenize', () => {
  it('folds case, accents and ligatures', () => {
    expect(normalize('Véronique COOPÉRATIVE Œuvre Ça')).toBe('veronique cooperative oeuvre ca')
  })

  it('splits on punctuation and elisions, drops one-letter words and duplicates', () => {
    expect(tokenize('L’économie, à Jean-Baptiste ! économie')).toEqual([
      'economie',
      'jean',
      'baptiste',
    ])
  })
})

describe('parseSearchQuery', () => {
  it('tells empty, too short, too long and usable queries apart', () => {
    expect(parseSearchQuery(undefined)).toEqual({ status: 'empty' })
    expect(parseSearchQuery('   ')).toEqual({ status: 'empty' })
    expect(parseSearchQuery('à')).toEqual({ status: 'short', query: 'à' })
    expect(parseSearchQuery(['numéria', 'autre'])).toMatchObject({
      status: 'ok',
      tokens: ['numeria'],
    })
    const long = parseSearchQuery('a'.repeat(MAX_QUERY_LENGTH + 1))
    expect(long).toMatchObject({ status: 'invalid' })
    expect(long.status === 'invalid' && long.message).toMatch(/200 caractères/)
    expect(parseSearchQuery('a'.repeat(MAX_QUERY_LENGTH))).toMatchObject({ status: 'ok' })
  })
})

describe('rank', () => {
  const items = [
    { id: 'body', title: 'Rapport annuel', body: 'La coopérative agricole grandit' },
    { id: 'prefix', title: 'Coopératives en région', body: '' },
    { id: 'exact', title: 'Une coopérative modèle', body: '' },
    { id: 'none', title: 'Sans rapport', body: 'rien' },
  ]
  const fields = (item: (typeof items)[number]) => [
    { text: item.title, weight: 10 },
    { text: item.body, weight: 1 },
  ]

  it('requires every token and ranks titles above bodies, whole words above prefixes', () => {
    expect(rank(items, ['cooperative'], fields).map((hit) => hit.item.id)).toEqual([
      'exact',
      'prefix',
      'body',
    ])
    expect(rank(items, ['cooperative', 'agricole'], fields).map((hit) => hit.item.id)).toEqual([
      'body',
    ])
  })

  it('matches the start of words only', () => {
    expect(rank(items, ['operative'], fields)).toEqual([])
    expect(rank(items, ['coop'], fields)).toHaveLength(3)
  })
})

describe('highlight and excerpt', () => {
  it('marks accented words matched by accent-less tokens, keeping the original text', () => {
    expect(highlight('Hélène Varambon, présidente de Numéria', ['helene', 'numer'])).toEqual([
      { text: 'Hélène', match: true },
      { text: ' Varambon, présidente de ', match: false },
      { text: 'Numér', match: true },
      { text: 'ia', match: false },
    ])
  })

  it('maps ligatures back to the original characters', () => {
    const segments = highlight('Le cœur du sujet', ['coeur'])
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual([
      'cœur',
    ])
    expect(segments.map((segment) => segment.text).join('')).toBe('Le cœur du sujet')
  })

  it('cuts an excerpt around the first match', () => {
    const text = `${'avant '.repeat(60)}la coopérative ${'après '.repeat(60)}`
    const cut = excerpt(text, ['cooperative'], 120)
    expect(cut).toMatch(/^…/)
    expect(cut).toMatch(/…$/)
    expect(cut).toContain('la coopérative')
    expect(cut!.length).toBeLessThan(140)
    expect(excerpt(text, ['absent'])).toBeNull()
  })
})

describe('searchIndex on the demo dataset', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kiosque-search-'))
  let lake: Lake
  let index: SearchIndexQueryResult

  beforeAll(async () => {
    lake = openLake({ dataDir, seedFile: path.resolve('content/demo/data.ndjson') })
    index = await lake.query<SearchIndexQueryResult>(searchIndexQuery)
  })
  afterAll(() => {
    lake.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('finds people and organisations without accents', () => {
    const results = searchIndex(index, tokenize('helene varambon'))
    expect(results.people.map((hit) => hit.item.name)).toEqual(['Hélène Varambon'])
    expect(results.articles[0]?.item.headline).toBe(
      '3 questions à Hélène Varambon, nouvelle présidente de Numéria',
    )
    const organisations = searchIndex(index, tokenize('cooperative')).organisations
    expect(organisations.map((hit) => hit.item.name)).toContain('Coopérative Les Sillons')
  })

  it('ranks a headline match above articles that only mention the word', () => {
    const results = searchIndex(index, tokenize('Numéria'))
    expect(results.organisations[0]?.item.name).toBe('Numéria')
    expect(results.articles[0]?.item.headline).toMatch(/Numéria/)
    expect(results.articles.length).toBeGreaterThan(1)
  })

  it('searches interview answers', () => {
    const results = searchIndex(index, tokenize('décolletage'))
    expect(results.articles.map((hit) => hit.item.slug)).toEqual(['3-questions-a-bertrand-aubriac'])
  })

  it('returns nothing when one token matches nowhere', () => {
    expect(searchIndex(index, tokenize('helene zzzyx')).total).toBe(0)
  })
})
