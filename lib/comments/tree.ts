/*
 * Threads from a flat list of approved comments: ordering and the reply depth cap. Pure, so it
 * runs on cached data at request time and in tests.
 */

/** Orders offered under the thread, as written in the `?tri=` parameter. */
export const SORTS = ['recent', 'ancien', 'populaire'] as const
/** One of `SORTS`. */
export type CommentSort = (typeof SORTS)[number]

/** Labels of the sort links, in display order. */
export const SORT_LABELS: Record<CommentSort, string> = {
  recent: 'Le plus récent',
  ancien: 'Le plus ancien',
  populaire: 'Le plus populaire',
}

/** Reads `?tri=`; anything unknown falls back to the most recent first. */
export function parseSort(value: unknown): CommentSort {
  return SORTS.find((sort) => sort === value) ?? 'recent'
}

/** What the tree needs of a comment. */
export interface ThreadableComment {
  _id: string
  parentId: string | null
  createdAt: string | null
  votes: number | null
}

/** A comment placed in the thread. `replyTo` names the comment it answers when capped. */
export interface ThreadNode<T extends ThreadableComment> {
  comment: T
  depth: number
  /** Set when the comment answers one deeper than the cap and was attached higher up. */
  replyTo: T | null
  replies: ThreadNode<T>[]
}

const time = (comment: ThreadableComment) => Date.parse(comment.createdAt ?? '') || 0

function compare(sort: CommentSort) {
  return (a: ThreadableComment, b: ThreadableComment) => {
    if (sort === 'populaire' && (b.votes ?? 0) !== (a.votes ?? 0))
      return (b.votes ?? 0) - (a.votes ?? 0)
    if (sort === 'ancien') return time(a) - time(b) || a._id.localeCompare(b._id)
    return time(b) - time(a) || a._id.localeCompare(b._id)
  }
}

/**
 * Builds the thread: top-level comments in `sort` order, replies oldest first under their parent.
 * A reply deeper than `maxDepth` (≥ 1) is attached at the last level, beside its parent, with
 * `replyTo` set. A reply whose parent is not in the list (not approved) becomes top-level.
 */
export function buildThread<T extends ThreadableComment>(
  comments: readonly T[],
  { sort, maxDepth }: { sort: CommentSort; maxDepth: number },
): ThreadNode<T>[] {
  const cap = Math.max(1, Math.floor(maxDepth))
  const byId = new Map(comments.map((comment) => [comment._id, comment]))
  const children = new Map<string, T[]>()
  const roots: T[] = []
  for (const comment of comments) {
    const parent = comment.parentId ? byId.get(comment.parentId) : undefined
    if (!parent || parent._id === comment._id) roots.push(comment)
    else children.set(parent._id, [...(children.get(parent._id) ?? []), comment])
  }
  const chronological = compare('ancien')
  const seen = new Set<string>()

  function descendants(id: string): T[] {
    const out: T[] = []
    for (const child of children.get(id) ?? []) {
      if (seen.has(child._id)) continue
      seen.add(child._id)
      out.push(child, ...descendants(child._id))
    }
    return out
  }

  // Returns the node, followed at the cap by its whole sub-thread flattened as siblings.
  function place(comment: T, depth: number): ThreadNode<T>[] {
    seen.add(comment._id)
    const node: ThreadNode<T> = { comment, depth, replyTo: null, replies: [] }
    if (depth < cap) {
      const direct = [...(children.get(comment._id) ?? [])].sort(chronological)
      node.replies = direct.filter((c) => !seen.has(c._id)).flatMap((c) => place(c, depth + 1))
      return [node]
    }
    const deeper = descendants(comment._id).sort(chronological)
    return [
      node,
      ...deeper.map((reply) => ({
        comment: reply,
        depth,
        replyTo: byId.get(reply.parentId ?? '') ?? null,
        replies: [],
      })),
    ]
  }

  return [...roots].sort(compare(sort)).flatMap((root) => place(root, 1))
}

/** Number of comments in a thread, replies included. */
export function countThread(nodes: readonly ThreadNode<ThreadableComment>[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countThread(node.replies), 0)
}
