import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'

import { LakeError, openLake, type Lake } from '@/lib/lake'

import { tempDir, tempLake } from './helpers'

function fill(lake: Lake) {
  lake.mutate([
    { create: { _id: 'person-anne', _type: 'person', name: 'Anne', slug: { current: 'anne' } } },
    {
      create: {
        _id: 'organisation-o',
        _type: 'organisation',
        name: 'Orga',
        slug: { current: 'anne' },
      },
    },
    {
      create: {
        _id: 'article-1',
        _type: 'article',
        headline: 'Publié',
        slug: { current: 'un' },
        interviewee: { _type: 'reference', _ref: 'person-anne' },
      },
    },
    {
      create: {
        _id: 'drafts.article-1',
        _type: 'article',
        headline: 'Brouillon',
        slug: { current: 'un' },
      },
    },
    {
      create: {
        _id: 'drafts.article-2',
        _type: 'article',
        headline: 'Nouveau',
        slug: { current: 'deux' },
      },
    },
    { create: { _id: 'drafts.person-anne', _type: 'person', name: 'Anne (brouillon)' } },
  ])
}

const HEADLINES =
  '*[_type == "article"] | order(_id) {_id, _originalId, headline, "who": interviewee->name}'

describe('perspectives', () => {
  it('published hides drafts', async () => {
    const lake = tempLake()
    fill(lake)
    expect(await lake.query(HEADLINES)).toEqual([
      { _id: 'article-1', _originalId: null, headline: 'Publié', who: 'Anne' },
    ])
  })

  it('drafts overlays each draft on its published id, references included', async () => {
    const lake = tempLake()
    fill(lake)
    expect(await lake.query(HEADLINES, {}, { perspective: 'drafts' })).toEqual([
      { _id: 'article-1', _originalId: 'drafts.article-1', headline: 'Brouillon', who: null },
      { _id: 'article-2', _originalId: 'drafts.article-2', headline: 'Nouveau', who: null },
    ])
    const person = await lake.query(
      '*[_id == "article-1"][0]{"p": *[_type == "person"][0].name}',
      {},
      {
        perspective: 'drafts',
      },
    )
    expect(person).toEqual({ p: 'Anne (brouillon)' })
  })

  it('raw shows every document as stored', async () => {
    const lake = tempLake()
    fill(lake)
    const ids = await lake.query(
      '*[_type == "article"] | order(_id) ._id',
      {},
      { perspective: 'raw' },
    )
    expect(ids).toEqual(['article-1', 'drafts.article-1', 'drafts.article-2'])
  })
})

describe('GROQ evaluation', () => {
  it('accepts parameters in slices, as Content Lake does (the Studio lists send them)', async () => {
    const lake = tempLake()
    fill(lake)
    const query = '*[_type in $types] | order(_id asc) [0...$limit]._id'
    expect(await lake.query(query, { types: ['person', 'organisation'], limit: 1 })).toEqual([
      'organisation-o',
    ])
    expect(await lake.query(query, { types: ['person', 'organisation'], limit: 2 })).toEqual([
      'organisation-o',
      'person-anne',
    ])
    await expect(lake.query('*[0...$limit', { limit: 1 })).rejects.toBeInstanceOf(LakeError)
  })

  it('passes params as values, never as query text', async () => {
    const lake = tempLake()
    fill(lake)
    const evil = '" || true || "'
    expect(
      await lake.query('*[_type == "article" && slug.current == $slug]', { slug: evil }),
    ).toEqual([])
    expect(
      await lake.query('*[_type == $type && slug.current == $slug][0].headline', {
        type: 'article',
        slug: 'un',
      }),
    ).toBe('Publié')
  })

  it('narrowed filters give the same results as groq-js over the whole dataset', async () => {
    const lake = tempLake()
    const types = ['article', 'person', 'tag']
    const mutations = Array.from({ length: 120 }, (_, i) => ({
      create: {
        _id: `${types[i % 3]}-${i}`,
        _type: types[i % 3]!,
        n: i,
        slug: { current: `s${i % 7}` },
        ref: { _type: 'reference', _ref: `${types[(i + 1) % 3]}-${(i + 1) % 120}` },
        list: [
          { _key: 'a', _ref: `person-${(i * 7) % 120}` },
          { _key: 'b', _ref: `tag-${(i * 5) % 120}` },
        ],
        rel: [{ _key: 'r', kind: 'memberOf', target: { _ref: `article-${(i * 3) % 120}` } }],
        // An object with its own _ref hides the inner one from references(), not from `==`.
        odd: { _ref: 'none', inner: { _ref: `person-${i % 120}` } },
      },
    }))
    lake.mutate(mutations)
    // The lake orders documents by _id; the reference evaluation gets the same order.
    const ids = mutations.map((m) => m.create._id).sort()
    const dataset = lake.getDocuments(ids)
    const queries: [string, Record<string, unknown>][] = [
      ['*[_type == "article" && n > 50]{_id, "r": ref->_type}', {}],
      ['*["person" == _type][slug.current == "s3"]._id', {}],
      [
        '*[(_type == $t) && slug.current == $s]{_id, "all": count(*[slug.current == ^.slug.current])}',
        { t: 'tag', s: 's2' },
      ],
      ['*[_id == $id][0]{n, "same": *[_type == ^._type && n < 10]._id}', { id: 'tag-2' }],
      ['*[_type == "article" || n == 4]._id', {}],
      ['*[slug.current == 3]._id', {}],
      ['count(*[_type == $missing])', {}],
      ['*[_type == "person"] | order(n desc)[0..2]._id', {}],
      ['*[_type == "person"]{_id, "by": *[_type == "article" && references(^._id)]._id}', {}],
      ['*[_type == "tag"]{_id, "target": *[_id == ^.ref._ref][0]{_id, n}}', {}],
      [
        '*[_type == "tag" && n < 12]{"a": *[_type == "person"][0..1]{"b": *[references(^.^._id)]._id}}',
        {},
      ],
      ['*[_type == "person"] | order(count(*[references(^._id)]) desc, _id)[0..4]._id', {}],
      [
        '*[_type == "tag"][0..3]{"numeric": count(*[references(^.n)]), "slug": *[slug.current == ^.slug.current]._id}',
        {},
      ],
      ['*[_type == "tag" && n < 9]{"mine": *[_type == ^._type && n < ^.n]._id}', {}],
      ['*[references($ids)]._id', { ids: ['tag-2', 'person-4'] }],
      ['*[references($id) && n > 0]._id', { id: 'tag-2' }],
      ['*[_type == "article"][0..4].ref->{_id, "back": *[references(^._id)]._id}', {}],
      [
        '*[_type == "person"]{_id, "a": *[ref._ref == ^._id]._id, "b": *[^._id in list[]._ref]._id}',
        {},
      ],
      [
        '*[_type == "article"][0..9]{"r": *[^._id in rel[].target._ref]._id, "o": *[odd.inner._ref == ^._id]._id}',
        {},
      ],
      [
        '*[_type == "person"][0..9]{"hidden": *[references(^._id)]._id, "n": count(*[^._id in list[]._ref])}',
        {},
      ],
      ['*[$id in list[]._ref]._id', { id: 'tag-10' }],
      [
        '*[_type == "person"][0..9]{"m": *[_type != "tag" && (^._id in list[]._ref || (n > 3 && ref._ref == ^._id))]._id}',
        {},
      ],
      ['*[ref._ref == $id || $id in list[]._ref || n == 5]._id', { id: 'tag-10' }],
      ['*["person-3" == ref._ref]._id', {}],
      // Unions: branches narrowing on different operands, guards, multi-valued operands.
      [
        '*[_type == "tag"][0..9]{"u": *[_type == "person" && _id != ^._id && ((defined(^.ref) && ref._ref == ^.ref._ref) || ^._id in [ref._ref, ...list[]._ref] || count(list[@._ref in ^.^.list[]._ref]) > 0)] | order(n desc)[0..2]._id}',
        {},
      ],
      [
        '*[_type == "article"][0..9]{"ids": *[_id in ^.list[]._ref || _id in ^.rel[].target._ref]._id}',
        {},
      ],
      [
        '*[_type == "article"][0..5]{"none": *[(defined(^.missing) && ref._ref == ^.missing._ref) || _id == ^.odd._ref]._id}',
        {},
      ],
      [
        '*[_type == "tag"][0..5]{"nulls": *[count(list[@._ref in ^.^.missing[]._ref]) > 0 || _id in ^.missing]._id}',
        {},
      ],
      [
        '*[_id in $ids || slug.current == $s]._id',
        { ids: ['tag-2', null, 4, 'person-4'], s: 's3' },
      ],
      ['*[_id in $ids]._id', { ids: 'tag-2' }],
      ['*[_type == "tag"][0..5]{"n": *[_id in [^.ref._ref, ^.n]]._id}', {}],
    ]
    for (const [query, params] of queries) {
      const expected = await (await evaluate(parse(query), { dataset, params })).get()
      expect(await lake.query(query, params, { perspective: 'raw' }), query).toEqual(expected)
    }
  })

  it('caches results per params and never for now()', async () => {
    const lake = tempLake()
    fill(lake)
    const bySlug = '*[slug.current == $slug][0]._id'
    expect(await lake.query(bySlug, { slug: 'un' })).toBe('article-1')
    expect(await lake.query(bySlug, { slug: 'anne' })).toBe('organisation-o')
    const first = await lake.query<string>('now()')
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await lake.query<string>('now()')).not.toBe(first)
  })

  it('reports a syntax error as invalid', async () => {
    const lake = tempLake()
    await expect(lake.query('*[_type == ')).rejects.toBeInstanceOf(LakeError)
    await expect(lake.query('*[')).rejects.toMatchObject({ code: 'invalid' })
  })

  it('returns frozen documents so callers cannot corrupt the snapshot', async () => {
    const lake = tempLake()
    fill(lake)
    const [doc] = await lake.query<{ headline: string }[]>('*[_id == "article-1"]')
    expect(() => {
      ;(doc as { headline: string }).headline = 'x'
    }).toThrow(TypeError)
    expect(await lake.query('*[_id == "article-1"][0].headline')).toBe('Publié')
    const projected = await lake.query<{ h: string }>('*[_id == "article-1"][0]{"h": headline}')
    expect(Object.isFrozen(projected)).toBe(true)
  })

  it('sees writes made through another connection (another process)', async () => {
    const dataDir = tempDir()
    const reader = tempLake(dataDir)
    const writer = tempLake(dataDir)
    fill(writer)
    expect(await reader.query('count(*)', {}, { perspective: 'raw' })).toBe(6)
    writer.mutate([
      { delete: { id: 'drafts.article-2' } },
      { patch: { id: 'article-1', set: { headline: 'Modifié' } } },
    ])
    expect(await reader.query('*[_type == "article"].headline')).toEqual(['Modifié'])
    expect(await reader.query('count(*[_type == "article"])', {}, { perspective: 'drafts' })).toBe(
      1,
    )
    writer.mutate([{ create: { _id: 'tag-z', _type: 'tag' } }])
    expect(await reader.query('*[_type == "tag"]._id')).toEqual(['tag-z'])
  })

  it('keeps data across close and reopen', async () => {
    const dataDir = tempDir()
    const first = openLake({ dataDir })
    fill(first)
    first.close()
    const again = tempLake(dataDir)
    expect(await again.query('count(*)', {}, { perspective: 'raw' })).toBe(6)
    expect(again.transactionsSince(0)).toHaveLength(1)
  })
})
