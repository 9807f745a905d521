import { describe, expect, it } from 'vitest'

import {
  buildThread,
  countThread,
  parseSort,
  type ThreadNode,
  type ThreadableComment,
} from '@/lib/comments/tree'

const c = (id: string, parentId: string | null, day: number, votes = 0): ThreadableComment => ({
  _id: id,
  parentId,
  createdAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`,
  votes,
})

const shape = (nodes: ThreadNode<ThreadableComment>[]): unknown =>
  nodes.map((node) =>
    node.replies.length
      ? [node.comment._id, node.depth, shape(node.replies)]
      : [node.comment._id, node.depth],
  )

const comments = [
  c('a', null, 1, 5),
  c('b', null, 3, 9),
  c('c', null, 2, 1),
  c('a1', 'a', 4),
  c('a2', 'a', 3),
  c('a1x', 'a1', 5),
  c('a1xy', 'a1x', 6),
  c('a1xyz', 'a1xy', 7),
  c('orphan', 'pending-parent', 8),
]

describe('buildThread', () => {
  it('orders top-level comments by the chosen sort, replies oldest first', () => {
    expect(
      buildThread(comments, { sort: 'recent', maxDepth: 6 }).map((n) => n.comment._id),
    ).toEqual(['orphan', 'b', 'c', 'a'])
    expect(
      buildThread(comments, { sort: 'ancien', maxDepth: 6 }).map((n) => n.comment._id),
    ).toEqual(['a', 'c', 'b', 'orphan'])
    expect(
      buildThread(comments, { sort: 'populaire', maxDepth: 6 }).map((n) => n.comment._id),
    ).toEqual(['b', 'a', 'c', 'orphan'])
    const a = buildThread(comments, { sort: 'ancien', maxDepth: 6 })[0]
    expect(a?.replies.map((n) => n.comment._id)).toEqual(['a2', 'a1'])
  })

  it('attaches replies deeper than the cap at the last level, naming whom they answer', () => {
    const tree = buildThread(comments, { sort: 'ancien', maxDepth: 3 })
    expect(shape(tree.slice(0, 1))).toEqual([
      [
        'a',
        1,
        [
          ['a2', 2],
          [
            'a1',
            2,
            [
              ['a1x', 3],
              ['a1xy', 3],
              ['a1xyz', 3],
            ],
          ],
        ],
      ],
    ])
    const a1 = tree[0]?.replies[1]
    expect(a1?.replies[1]?.replyTo?._id).toBe('a1x')
    expect(a1?.replies[2]?.replyTo?._id).toBe('a1xy')
    expect(a1?.replies[0]?.replyTo).toBeNull()
  })

  it('flattens everything at depth 1 when replies are not allowed', () => {
    const tree = buildThread(comments, { sort: 'ancien', maxDepth: 1 })
    expect(tree.every((node) => node.depth === 1 && node.replies.length === 0)).toBe(true)
    expect(tree.map((n) => n.comment._id).slice(0, 6)).toEqual([
      'a',
      'a2',
      'a1',
      'a1x',
      'a1xy',
      'a1xyz',
    ])
  })

  it('keeps every comment exactly once, even with a reply cycle', () => {
    const cyclic = [...comments, c('x', 'y', 9), c('y', 'x', 10)]
    for (const maxDepth of [1, 2, 3, 6]) {
      const tree = buildThread(comments, { sort: 'recent', maxDepth })
      expect(countThread(tree)).toBe(comments.length)
    }
    expect(countThread(buildThread(cyclic, { sort: 'recent', maxDepth: 3 }))).toBeLessThanOrEqual(
      cyclic.length,
    )
  })

  it('reads the sort parameter', () => {
    expect(parseSort('populaire')).toBe('populaire')
    expect(parseSort('ancien')).toBe('ancien')
    expect(parseSort('n’importe')).toBe('recent')
    expect(parseSort(undefined)).toBe('recent')
  })
})
