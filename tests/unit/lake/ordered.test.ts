import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'

import { narrowTree } from '@/lib/lake/narrow'
import { orderTree } from '@/lib/lake/ordered'

import { tempLake } from './helpers'

const scansOf = (query: string) => {
  const tree = parse(query)
  return orderTree(tree, narrowTree(tree))
}

describe('ordered scans', () => {
  it('rewrites constant slices of a type ordered, and nothing that reads an outer scope', () => {
    expect(scansOf('*[_type == "a"] | order(d desc)[0...12]')).toMatchObject([
      { type: 'a', limit: 12 },
    ])
    expect(scansOf('*[_type == "a" && x == $x] | order(d desc, _id)[2..5]')).toMatchObject([
      { type: 'a', limit: 6 },
    ])
    expect(scansOf('*[_type == "a"] | order(d desc)[0]')).toMatchObject([{ limit: 1 }])
    expect(scansOf('*[_type == "a"] | order(d desc)')).toEqual([])
    expect(scansOf('*[_type == "t"]{"x": *[_type == "a" && ^._id in t] | order(d)[0]}')).toEqual([])
    expect(scansOf('*[_type == "a"] | order(d desc)[-1]')).toEqual([])
    expect(scansOf('*[_type == "a" && slug.current == "s"] | order(d desc)[0]')).toEqual([])
  })

  it('give the same results as groq-js over the whole dataset', async () => {
    const lake = tempLake()
    // Ties, missing, null, numeric and string dates; most documents fail `keep`, so several
    // chunks are scanned; references resolved inside the filter.
    const mutations = Array.from({ length: 400 }, (_, i) => ({
      create: {
        _id: `article-${String((i * 37) % 400).padStart(3, '0')}`,
        _type: i % 50 === 0 ? 'other' : 'article',
        n: i,
        keep: i % 9 === 0,
        ...(i % 41 === 0
          ? {}
          : { d: i % 17 === 0 ? null : i % 23 === 0 ? i : `2026-0${1 + (i % 9)}-1${i % 7}` }),
        series: { _type: 'reference', _ref: `series-${i % 3}` },
      },
    }))
    lake.mutate([
      ...mutations,
      ...[0, 1, 2].map((s) => ({ create: { _id: `series-${s}`, _type: 'series', k: `k${s}` } })),
    ])
    const ids = [...mutations.map((m) => m.create._id), 'series-0', 'series-1', 'series-2'].sort()
    const dataset = lake.getDocuments(ids)
    const queries: [string, Record<string, unknown>][] = [
      ['*[_type == "article"] | order(d desc)[0...12]._id', {}],
      ['*[_type == "article" && keep] | order(d desc)[0...30]{_id, d}', {}],
      ['*[_type == "article" && keep && series->k == $k] | order(d desc)[0]._id', { k: 'k1' }],
      [
        '*[_type == "article" && (!defined($k) || series->k == $k)] | order(d asc, n desc)[3..7]._id',
        { k: null },
      ],
      [
        '{"a": *[_type == "article" && n > 390] | order(d desc)[0...12]._id, "b": count(*[_type == "article"])}',
        {},
      ],
      ['*[_type == "article" && keep && n > 1000] | order(d desc)[0]', {}],
    ]
    for (const [query, params] of queries) {
      const expected = await (await evaluate(parse(query), { dataset, params })).get()
      expect(await lake.query(query, params, { perspective: 'raw' }), query).toEqual(expected)
    }
  })
})
