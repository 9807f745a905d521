import fc from 'fast-check'
import { evaluate, evaluateSync, parse, unparse } from 'groq-js'
import { describe, expect, it } from 'vitest'

import type { Lake, LakeDocument, LakeMutation, Perspective } from '@/lib/lake'
import { narrowTree } from '@/lib/lake/narrow'
import { orderLookups } from '@/lib/lake/ordered-refs'
import { referenceSets } from '@/lib/lake/references'
import { homeQuery } from '@/sanity/lib/queries'

import { tempLake } from './helpers'

const ref = (id: unknown) => ({ _type: 'reference', _ref: id })

/** Articles referencing series in the shapes `references()` treats differently. */
function article(i: number, id = `article-${String(i).padStart(3, '0')}`): LakeDocument {
  const series = `series-${i % 5}`
  return {
    _id: id,
    _type: i % 11 === 0 ? 'note' : 'article',
    n: i,
    ...(i % 6 === 0 ? {} : { bucket: i % 4 }),
    ...(i % 3 === 0 ? { series: ref(series) } : {}),
    body: [
      { _key: 'a', markDefs: [{ _key: 'm', series: ref(`series-${(i + 1) % 5}`) }] },
      // An object with a truthy `_ref` hides what it holds from references().
      ...(i % 4 === 0
        ? [{ _key: 'b', ...ref(`other-${i}`), inner: ref(`series-${(i + 2) % 5}`) }]
        : []),
      // An empty `_ref` does not: the walk goes on inside.
      ...(i % 7 === 0 ? [{ _key: 'c', _ref: '', inner: ref(`series-${(i + 3) % 5}`) }] : []),
      ...(i % 13 === 0 ? [{ _key: 'd', _ref: 5, inner: ref('series-4') }] : []),
    ],
  }
}

const QUERIES: [string, Record<string, unknown>][] = [
  [
    '*[_type == "series"] | order(title asc){_id, "count": count(*[_type == "article" && references(^._id)])}',
    {},
  ],
  ['*[_type == "series"]{_id, "all": *[references(^._id)]._id}', {}],
  ['*[references($id) && "article" == _type]{_id, n}', { id: 'series-2' }],
  ['*[_type == "article" && (references("series-4"))]._id', {}],
  ['*[_type == "article" && references($missing)]._id', {}],
  ['*[_type == "article" && references($ids)]._id', { ids: ['series-1', 'series-3'] }],
  ['*[_type == "series"]{"numeric": count(*[_type == "article" && references(^.n)])}', {}],
  ['*[_type == "article" && references("")]._id', {}],
  // Ordered slices (the theme pages): ties, missing values, deep slices, an order through `->`.
  [
    '*[_type == "series"]{_id, "top": *[_type == "article" && references(^._id)] | order(bucket desc)[0...4]._id}',
    {},
  ],
  [
    '*[_type == "article" && references($id)] | order(bucket asc, n desc)[3...9]{_id}',
    { id: 'series-1' },
  ],
  [
    '*[_type == "series"]{"last": *[_type == "article" && references(^._id)] | order(n)[7]._id}',
    {},
  ],
  ['*[references("series-3") && _type == "article"] | order(series->title desc)[0..2]._id', {}],
  ['*[_type == "article" && references("series-0")] | order(n)[5...2]._id', {}],
  // Operands that are not one string: the filter's own fallback, sliced alike.
  ['*[_type == "article" && references($ids)] | order(n desc)[2...5]._id', { ids: ['series-1'] }],
  ['*[_type == "series"]{"x": *[_type == "article" && references(^.n)] | order(n)[1]._id}', {}],
]

/** Every query, evaluated by the lake and by plain groq-js over the same perspective. */
async function expectSameAsGroqJs(lake: Lake) {
  for (const perspective of ['raw', 'published', 'drafts'] as Perspective[]) {
    // `*` alone is never narrowed: the perspective's documents, in the lake's order.
    const dataset = await lake.query<LakeDocument[]>('*', {}, { perspective })
    for (const [query, params] of QUERIES) {
      const expected = await (await evaluate(parse(query), { dataset, params })).get()
      const found = await lake.query(query, params, { perspective })
      expect(found, `${perspective}: ${query}`).toEqual(expected)
    }
  }
}

describe('exact reference index', () => {
  it('holds exactly the ids groq-js’s references() matches', () => {
    const refValue = fc.oneof(fc.constantFrom('a', 'b', '', 'c'), fc.integer(), fc.constant(null))
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('a', 'b', 1, null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('x', 'y'), tie('value'), { maxKeys: 2 }),
        fc.record({ _ref: refValue, x: tie('value') }, { requiredKeys: ['_ref'] }),
      ),
    })).value
    fc.assert(
      fc.property(json, fc.constantFrom('a', 'b', 'c', ''), (body, id) => {
        const doc = { _id: 'd', _type: 't', body } as LakeDocument
        const tree = parse('references($id)')
        const matched = evaluateSync(tree, { root: doc, params: { id } }).data === true
        expect(referenceSets(doc).exact.has(id)).toBe(matched)
      }),
      { numRuns: 300 },
    )
  })

  it('answers `_type == t && references(x)` filters from the index (home and theme pages)', () => {
    const tree = parse(homeQuery)
    narrowTree(tree)
    expect(unparse(tree)).toContain('"\\u0000lake\\u0000exact\\u0000article\\u0000" + @._id}->')
    const tag = parse(
      '*[_type == "tag" && slug.current == $slug][0]{"a": *[_type == "article" && references(^._id)] | order(publishedAt desc)[$start...$end]{_id}}',
      { params: { slug: 's', start: 24, end: 48 } },
    )
    narrowTree(tag)
    expect(orderLookups(tag)).toMatchObject([{ type: 'article', offset: 24, limit: 48 }])
    expect(unparse(tag)).toContain('"\\u0000lake\\u0000sorted\\u00000\\u0000" + @._id}->')
    const other = parse(
      '*[_type == "s"]{"c": count(*[_type == "article" && references(^._id) && x])}',
    )
    narrowTree(other)
    expect(unparse(other)).not.toContain('exact')
  })

  it('gives groq-js’s results with drafts, deletions and writes after the first query', async () => {
    const lake = tempLake()
    const series = Array.from({ length: 5 }, (_, s) => ({
      create: { _id: `series-${s}`, _type: 'series', title: `Rubrique ${4 - s}`, n: s },
    }))
    const articles = Array.from({ length: 60 }, (_, i) => ({ create: article(i) }))
    const drafts = [3, 6, 9].map((i) => ({ create: article(i + 1, `drafts.article-00${i}`) }))
    lake.mutate([...series, ...articles, ...drafts, { create: article(2, 'drafts.article-new') }])
    await expectSameAsGroqJs(lake)

    // Writes after the index was built: each must show in the next answers.
    const writes: LakeMutation[] = [
      { create: { ...article(3, 'article-100'), series: ref('series-1') } },
      { delete: { id: 'article-003' } },
      { patch: { id: 'article-006', set: { series: ref('series-4'), body: [] } } },
      { patch: { id: 'article-009', unset: ['series', 'body'] } },
      { delete: { id: 'drafts.article-006' } },
      { createOrReplace: { ...article(12), _id: 'drafts.article-012', series: ref('series-0') } },
    ]
    for (const write of writes) {
      lake.mutate([write])
      await expectSameAsGroqJs(lake)
    }
  })
})
