import type { ExprNode, ValueNode } from 'groq-js'

import { MARKER } from './narrow'
import { DOCS, orderedSlice, reads, sorted, type Options } from './ordered'
import type { View } from './snapshot'
import type { LakeDocument } from './types'

/**
 * Ordered reference lookups. A theme page lists `*[_type == "article" && references(^._id)] |
 * order(publishedAt desc)[a...b]`: the exact index (see `references.ts`) gives the theme's 2,500
 * articles (at 10,000) at once, but groq-js would still sort them all for 24 of them. When that
 * filter was answered from the index, the order reads neither `^` nor a parameter and the slice
 * is constant, the lookup answers the window `a...b` itself: the index's answer ranked by the
 * type's documents in the query's order (sorted once per view by groq-js, shared with
 * `ordered.ts`, ties in `_id` order as its stable sort leaves them), cached per view. The slice
 * becomes `[0...b-a]`, so groq-js orders and slices only that window, already in its order.
 * When the lookup cannot answer (operand not a string, an order groq-js only evaluates
 * asynchronously), the fallback is the filter, ordered and sliced `[a...b]` as written.
 */

/** A rewritten `*[exact reference filter] | order(…)[a...b]`. */
export interface OrderedLookup {
  type: string
  /** `$docs | order(…)`: the query's order over every document of the type. */
  order: ExprNode
  orderKey: string
  /** The window: positions `offset` to `limit - 1` of the ordered matches. */
  offset: number
  limit: number
}

const EXACT = `${MARKER}exact\u0000`
const SORTED = `${MARKER}sorted\u0000`

/**
 * Rewrites eligible ordered slices of exact reference filters in `tree` (already narrowed):
 * their lookup key becomes `sorted \0 n \0 id`, answered by `sortedReferencing(lookups[n])`.
 */
export function orderLookups(tree: ExprNode): OrderedLookup[] {
  const lookups: OrderedLookup[] = []
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk)
    if (!node || typeof node !== 'object') return
    for (const child of Object.values(node)) walk(child)
    const found = match(node as ExprNode, lookups.length)
    if (found) lookups.push(found)
  }
  walk(tree)
  return lookups
}

function match(node: ExprNode, n: number): OrderedLookup | null {
  const slice = orderedSlice(node)
  const lookup = slice && exactLookup(slice.pipe.base)
  if (!slice || !lookup) return null
  const { pipe, limit } = slice
  const type = lookup.marker.value.slice(EXACT.length, -1)
  if (!type || reads(pipe.args, ['Parent', 'Parameter'])) return null
  const offset = node.type === 'Slice' ? node.left : node.type === 'AccessElement' ? node.index : 0
  // The fallback gives the same window as the lookup.
  const window: ExprNode = {
    type: 'Slice',
    base: { ...pipe, base: lookup.fallback },
    left: offset,
    right: limit,
    isInclusive: false,
  }
  lookup.args[1] = window
  lookup.marker.value = `${SORTED}${n}\u0000`
  if (node.type === 'Slice')
    Object.assign(node, { left: 0, right: Math.max(0, limit - offset), isInclusive: false })
  else if (node.type === 'AccessElement') node.index = 0
  return {
    type,
    order: { ...pipe, base: { type: 'Parameter', name: DOCS } },
    orderKey: JSON.stringify(pipe.args),
    offset,
    limit,
  }
}

/** `coalesce({"_ref": "<MARKER>exact\0type\0" + x}->, filter)` (see `narrow.ts`): its parts. */
function exactLookup(
  node: ExprNode,
): { marker: ValueNode & { value: string }; args: ExprNode[]; fallback: ExprNode } | null {
  if (node.type !== 'FuncCall' || node.namespace !== 'global' || node.name !== 'coalesce')
    return null
  const [deref, fallback] = node.args
  if (node.args.length !== 2 || !fallback) return null
  if (deref?.type !== 'Deref' || deref.base.type !== 'Object') return null
  const attribute = deref.base.attributes[0]
  if (attribute?.type !== 'ObjectAttributeValue' || attribute.name !== '_ref') return null
  const ref = attribute.value
  if (ref.type !== 'OpCall' || ref.op !== '+' || ref.left.type !== 'Value') return null
  const marker = ref.left
  if (typeof marker.value !== 'string' || !marker.value.startsWith(EXACT)) return null
  return { marker: marker as ValueNode & { value: string }, args: node.args, fallback }
}

// Per view: each order's ranks by `_id`, and the ordered matches of each lookup.
const ranks = new WeakMap<View, Map<string, Map<string, number>>>()
const answers = new WeakMap<View, Map<string, readonly LakeDocument[]>>()

function cacheOf<T>(store: WeakMap<View, Map<string, T>>, view: View): Map<string, T> {
  let cache = store.get(view)
  if (!cache) store.set(view, (cache = new Map()))
  return cache
}

/**
 * Positions `offset` to `limit - 1` of the documents of the type referencing `id`, in the
 * query's order; null (the query's own fallback) when groq-js cannot sort synchronously.
 */
export function sortedReferencing(
  view: View,
  lookup: OrderedLookup,
  id: string,
  options: Options,
): readonly LakeDocument[] | null {
  const key = `${lookup.type}\u0000${lookup.orderKey}`
  const answerKey = `${key}\u0000${id}`
  let ordered = cacheOf(answers, view).get(answerKey)
  if (!ordered) {
    const rankOf = rankMap(view, lookup, key, options)
    if (!rankOf) return null
    const rank = (doc: LakeDocument) => rankOf.get(doc._id) ?? 0
    ordered = [...view.referencedBy(id, lookup.type)].sort((a, b) => rank(a) - rank(b))
    cacheOf(answers, view).set(answerKey, ordered)
  }
  return ordered.slice(lookup.offset, lookup.limit)
}

function rankMap(
  view: View,
  lookup: OrderedLookup,
  key: string,
  options: Options,
): Map<string, number> | null {
  const cache = cacheOf(ranks, view)
  let rankOf = cache.get(key)
  if (!rankOf) {
    let docs: readonly LakeDocument[]
    try {
      docs = sorted(view, lookup, options)
    } catch (error) {
      if (error instanceof Error && /not supported|synchronous mode/i.test(error.message))
        return null
      throw error
    }
    rankOf = new Map(docs.map((doc, index) => [doc._id, index]))
    cache.set(key, rankOf)
  }
  return rankOf
}
