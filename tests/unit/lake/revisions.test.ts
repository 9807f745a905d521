import { describe, expect, it } from 'vitest'

import { isPrivateId } from '@/lib/lake'

import { tempLake } from './helpers'

describe('history helpers for the HTTP API', () => {
  it('reports the head seq and each stored state of a document', () => {
    const lake = tempLake()
    expect(lake.headSeq()).toBe(0)
    lake.mutate([{ create: { _id: 'a', _type: 't', n: 1 } }], { transactionId: 't1' })
    lake.mutate([{ create: { _id: 'b', _type: 't' } }], { transactionId: 't2' })
    lake.mutate([{ patch: { id: 'a', set: { n: 2 } } }], { transactionId: 't3' })
    lake.mutate([{ delete: { id: 'a' } }], { transactionId: 't4', author: 'u1' })
    expect(lake.headSeq()).toBe(4)
    const all = lake.revisions('a')
    expect(all.map((entry) => [entry.seq, entry.transactionId, entry.document?.n ?? null])).toEqual(
      [
        [1, 't1', 1],
        [3, 't3', 2],
        [4, 't4', null],
      ],
    )
    expect(all[2]?.author).toBe('u1')
    const before = lake.revisions('a', { beforeSeq: 4, limit: 1, newestFirst: true })
    expect(before.map((entry) => entry.transactionId)).toEqual(['t3'])
    expect(lake.revisions('a', { afterSeq: 1, beforeSeq: 4 }).map((e) => e.seq)).toEqual([3])
  })

  it('hides ids under a path other than drafts when asked', async () => {
    const lake = tempLake()
    lake.mutate([
      { create: { _id: 'comment.1', _type: 'c' } },
      { create: { _id: 'drafts.comment.2', _type: 'c' } },
      { create: { _id: 'drafts.x', _type: 'c' } },
      { create: { _id: 'y', _type: 'c' } },
    ])
    const ids = (hidePrivate: boolean) =>
      lake.query('*[_type == "c"]._id', {}, { perspective: 'raw', hidePrivate })
    expect(await ids(true)).toEqual(['drafts.x', 'y'])
    expect(await ids(false)).toHaveLength(4)
    expect(
      ['comment.1', 'drafts.comment.2', 'versions.r1.a', 'versions.r1.a.b', 'drafts.a'].map(
        isPrivateId,
      ),
    ).toEqual([true, true, false, true, false])
  })
})
