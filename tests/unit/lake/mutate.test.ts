import { describe, expect, it } from 'vitest'

import { LakeError, type LakeMutation } from '@/lib/lake'

import { tempLake } from './helpers'

const article = {
  _id: 'article-a',
  _type: 'article',
  headline: 'Titre',
  views: 10,
  tags: ['a', 'c'],
}

function seeded() {
  const lake = tempLake()
  const { transactionId } = lake.mutate([{ create: article }])
  return { lake, rev: transactionId }
}

function get(lake: ReturnType<typeof tempLake>, id: string) {
  return lake.getDocuments([id])[0]
}

function patch(lake: ReturnType<typeof tempLake>, operations: object) {
  lake.mutate([{ patch: { id: 'article-a', ...operations } } as LakeMutation])
  return get(lake, 'article-a')
}

function expectLakeError(run: () => unknown, code: LakeError['code']) {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(LakeError)
    expect((error as LakeError).code).toBe(code)
    return
  }
  throw new Error(`expected a LakeError ${code}`)
}

describe('create mutations', () => {
  it('create stamps system fields and refuses an existing id', () => {
    const { lake, rev } = seeded()
    const doc = get(lake, 'article-a')
    expect(doc).toMatchObject({ ...article, _rev: rev })
    expect(doc?._createdAt).toBe(doc?._updatedAt)
    expectLakeError(() => lake.mutate([{ create: { ...article, headline: 'Autre' } }]), 'conflict')
    expect(get(lake, 'article-a')?.headline).toBe('Titre')
  })

  it('create generates an id, under a path when the id ends with a dot', () => {
    const lake = tempLake()
    const result = lake.mutate([
      { create: { _type: 'tag' } },
      { create: { _id: 'drafts.', _type: 'tag' } },
    ])
    expect(result.results[0]?.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(result.results[1]?.id).toMatch(/^drafts\.[0-9a-f-]{36}$/)
    expect(lake.getDocuments(result.documentIds).every(Boolean)).toBe(true)
  })

  it('createIfNotExists leaves an existing document and its revision alone', () => {
    const { lake, rev } = seeded()
    const result = lake.mutate([
      { createIfNotExists: { ...article, headline: 'Autre' } },
      { createIfNotExists: { _id: 'tag-b', _type: 'tag' } },
    ])
    expect(get(lake, 'article-a')).toMatchObject({ headline: 'Titre', _rev: rev })
    expect(result.results).toEqual([{ id: 'tag-b', operation: 'create' }])
  })

  it('createOrReplace replaces the body but keeps _createdAt', () => {
    const { lake } = seeded()
    const before = get(lake, 'article-a')
    const result = lake.mutate([
      { createOrReplace: { _id: 'article-a', _type: 'article', headline: 'Neuf' } },
    ])
    const after = get(lake, 'article-a')
    expect(result.results).toEqual([{ id: 'article-a', operation: 'update' }])
    expect(after).not.toHaveProperty('views')
    expect(after).toMatchObject({ headline: 'Neuf', _createdAt: before?._createdAt })
  })

  it('rejects documents without _type or with a bad id', () => {
    const lake = tempLake()
    expectLakeError(() => lake.mutate([{ create: { _id: 'x' } as never }]), 'invalid')
    expectLakeError(() => lake.mutate([{ create: { _id: '../x', _type: 't' } }]), 'invalid')
    expect(lake.transactionsSince(0)).toEqual([])
  })
})

describe('delete', () => {
  it('removes the document; deleting a missing id is a no-op', () => {
    const { lake } = seeded()
    expect(lake.mutate([{ delete: { id: 'article-a' } }]).results).toEqual([
      { id: 'article-a', operation: 'delete' },
    ])
    expect(get(lake, 'article-a')).toBeNull()
    expect(lake.mutate([{ delete: { id: 'article-a' } }]).results).toEqual([])
  })
})

describe('patch operations', () => {
  it('set, including nested paths that do not exist yet', () => {
    const { lake } = seeded()
    expect(patch(lake, { set: { headline: 'Nouveau', 'seo.title': 'SEO' } })).toMatchObject({
      headline: 'Nouveau',
      seo: { title: 'SEO' },
    })
  })

  it('unset', () => {
    const { lake } = seeded()
    expect(patch(lake, { unset: ['views', 'tags[0]'] })).toMatchObject({ tags: ['c'] })
    expect(get(lake, 'article-a')).not.toHaveProperty('views')
  })

  it('setIfMissing only fills absent fields', () => {
    const { lake } = seeded()
    expect(patch(lake, { setIfMissing: { headline: 'Non', kind: 'interview' } })).toMatchObject({
      headline: 'Titre',
      kind: 'interview',
    })
  })

  it('inc and dec', () => {
    const { lake } = seeded()
    expect(patch(lake, { inc: { views: 5 } })?.views).toBe(15)
    expect(patch(lake, { dec: { views: 3 } })?.views).toBe(12)
  })

  it('insert before, after and replace', () => {
    const { lake } = seeded()
    expect(patch(lake, { insert: { before: 'tags[0]', items: ['z'] } })?.tags).toEqual([
      'z',
      'a',
      'c',
    ])
    expect(patch(lake, { insert: { after: 'tags[-1]', items: ['d'] } })?.tags).toEqual([
      'z',
      'a',
      'c',
      'd',
    ])
    expect(patch(lake, { insert: { replace: 'tags[1]', items: ['b'] } })?.tags).toEqual([
      'z',
      'b',
      'c',
      'd',
    ])
  })

  it('diffMatchPatch', () => {
    const { lake } = seeded()
    expect(
      patch(lake, { diffMatchPatch: { headline: '@@ -1,5 +1,7 @@\n Titre\n+ 2\n' } })?.headline,
    ).toBe('Titre 2')
  })

  it('a patch of a missing document is notFound', () => {
    const lake = tempLake()
    expectLakeError(() => lake.mutate([{ patch: { id: 'nope', set: { a: 1 } } }]), 'notFound')
  })

  it('ifRevisionID: the current revision applies, a stale one conflicts and writes nothing', () => {
    const { lake, rev } = seeded()
    const second = lake.mutate([
      { patch: { id: 'article-a', ifRevisionID: rev, inc: { views: 1 } } },
    ])
    const logBefore = lake.transactionsSince(0)
    expectLakeError(
      () =>
        lake.mutate([
          { create: { _id: 'tag-x', _type: 'tag' } },
          { patch: { id: 'article-a', ifRevisionID: rev, set: { views: 0 } } },
        ]),
      'conflict',
    )
    expect(get(lake, 'article-a')).toMatchObject({ views: 11, _rev: second.transactionId })
    expect(get(lake, 'tag-x')).toBeNull()
    expect(lake.transactionsSince(0)).toEqual(logBefore)
  })
})

describe('transactions', () => {
  it('all or nothing: a failing mutation rolls back the earlier ones', () => {
    const { lake } = seeded()
    expectLakeError(
      () =>
        lake.mutate([
          { patch: { id: 'article-a', set: { headline: 'Perdu' } } },
          { create: { _id: 'tag-new', _type: 'tag' } },
          { patch: { id: 'missing', set: { a: 1 } } },
        ]),
      'notFound',
    )
    expect(get(lake, 'article-a')?.headline).toBe('Titre')
    expect(get(lake, 'tag-new')).toBeNull()
    expect(lake.transactionsSince(0)).toHaveLength(1)
  })

  it('_rev is the transaction id, the log is appended and revisions are kept', () => {
    const { lake, rev } = seeded()
    const result = lake.mutate(
      [
        { patch: { id: 'article-a', set: { headline: 'Deux' } } },
        { create: { _id: 'tag-t', _type: 'tag' } },
      ],
      { transactionId: 'my-tx-1', author: 'test' },
    )
    expect(result).toEqual({
      transactionId: 'my-tx-1',
      results: [
        { id: 'article-a', operation: 'update' },
        { id: 'tag-t', operation: 'create' },
      ],
      documentIds: ['article-a', 'tag-t'],
    })
    expect(lake.getDocuments(['article-a', 'tag-t']).map((doc) => doc?._rev)).toEqual([
      'my-tx-1',
      'my-tx-1',
    ])
    const log = lake.transactionsSince(0)
    expect(log.map((entry) => [entry.seq, entry.id, entry.author])).toEqual([
      [1, rev, null],
      [2, 'my-tx-1', 'test'],
    ])
    expect(log[1]?.documentIds).toEqual(['article-a', 'tag-t'])
    expect(log[1]?.mutations[0]).toEqual({ patch: { id: 'article-a', set: { headline: 'Deux' } } })
    expect(lake.transactionsSince(1).map((entry) => entry.id)).toEqual(['my-tx-1'])
    expect(lake.documentAtRevision('article-a', rev)?.headline).toBe('Titre')
    expect(lake.documentAtRevision('article-a', 'my-tx-1')?.headline).toBe('Deux')
    expectLakeError(
      () => lake.mutate([{ delete: { id: 'tag-t' } }], { transactionId: 'my-tx-1' }),
      'conflict',
    )
  })

  it('does not modify the caller’s objects', () => {
    const lake = tempLake()
    const doc = { _id: 'tag-a', _type: 'tag', title: 'A' }
    lake.mutate([{ create: doc }])
    expect(doc).toEqual({ _id: 'tag-a', _type: 'tag', title: 'A' })
  })
})
