import {
  evaluateSync,
  toJS,
  type EvaluateOptions,
  type ExprNode,
  type PipeFuncCallNode,
} from 'groq-js'

import { HIDDEN_PARAM, type Narrowing } from './narrow'
import type { View } from './snapshot'
import type { LakeDocument } from './types'

/**
 * Ordered scans. `*[_type == "article" && …] | order(publishedAt desc)[0...12]` makes groq-js
 * filter and sort every article for twelve of them: 100 ms and more at 10,000 articles. Here the
 * documents of the type are sorted once per view (per lake version) by the query's own `order`
 * arguments, evaluated by groq-js itself, so the order is exactly its order (ties in `_id`
 * order, as its stable sort leaves them). A query then tests its filter on that sorted list in
 * growing chunks until it has as many matches as the slice needs, and only those reach groq-js
 * as the filter's candidates: the filter, `order` and slice still run on them, so results are
 * unchanged.
 *
 * Only applied when it cannot change a result: the filter's candidates are a plain type lookup
 * (see `narrow.ts`), the slice or index is a constant from the start, and neither the filter nor
 * the order reads a parameter-free outer scope (`^`) or, for the order, a parameter.
 */

/** A rewritten `*[…] | order(…)[a...b]`: the filter's base is the hidden param `param`. */
export interface OrderedScan {
  param: string
  type: string
  /** `$chunk[filter]`: the query's filter over a chunk of the sorted documents. */
  filter: ExprNode
  /** `$docs | order(…)`: the query's order over every document of the type. */
  order: ExprNode
  orderKey: string
  /** Matches needed: the slice's end. */
  limit: number
}

export const DOCS = `${HIDDEN_PARAM}docs`
const CHUNK = `${HIDDEN_PARAM}chunk`
const FIRST_CHUNK = 32

/** Rewrites eligible ordered slices of `tree` in place (inner ones first). */
export function orderTree(tree: ExprNode, narrowings: readonly Narrowing[]): OrderedScan[] {
  const scans: OrderedScan[] = []
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk)
    if (!node || typeof node !== 'object') return
    for (const child of Object.values(node)) walk(child)
    const scan = match(node as ExprNode, narrowings, scans.length)
    if (scan) scans.push(scan)
  }
  walk(tree)
  return scans
}

/** `x | order(…)[a...b]` or `x | order(…)[i]` with constant non-negative bounds. */
export function orderedSlice(node: ExprNode): { pipe: PipeFuncCallNode; limit: number } | null {
  let limit: number
  let pipe: ExprNode
  if (node.type === 'Slice') {
    if (node.left < 0 || node.right < 0) return null
    limit = node.isInclusive ? node.right + 1 : node.right
    pipe = node.base
  } else if (node.type === 'AccessElement') {
    if (node.index < 0) return null
    limit = node.index + 1
    pipe = node.base
  } else return null
  return pipe.type === 'PipeFuncCall' && pipe.name === 'order' ? { pipe, limit } : null
}

function match(node: ExprNode, narrowings: readonly Narrowing[], n: number): OrderedScan | null {
  const slice = orderedSlice(node)
  if (!slice) return null
  const { pipe, limit } = slice
  const filter = pipe.base
  if (filter.type !== 'Filter' || filter.base.type !== 'Parameter') return null
  const source = filter.base.name
  const narrowing = narrowings.find((candidate) => candidate.param === source)
  const type = narrowing?.keys.type
  if (!narrowing || narrowing.union || !type || !('value' in type)) return null
  if (Object.keys(narrowing.keys).length !== 1) return null
  if (reads(filter.expr, ['Parent']) || reads(pipe.args, ['Parent', 'Parameter'])) return null
  const param = `${HIDDEN_PARAM}ordered_${n}`
  filter.base = { type: 'Parameter', name: param }
  return {
    param,
    type: type.value,
    filter: { type: 'Filter', base: { type: 'Parameter', name: CHUNK }, expr: filter.expr },
    order: { ...pipe, base: { type: 'Parameter', name: DOCS } },
    orderKey: JSON.stringify(pipe.args),
    limit,
  }
}

/** True when `node` holds a node of one of `kinds` (`Parent`, `Parameter`…). */
export function reads(node: unknown, kinds: string[]): boolean {
  if (Array.isArray(node)) return node.some((child) => reads(child, kinds))
  if (!node || typeof node !== 'object') return false
  if (kinds.includes((node as { type?: string }).type ?? '')) return true
  return Object.values(node).some((child) => reads(child, kinds))
}

// The stored documents themselves: `toJS` would walk every one of them (whole article bodies)
// looking for groq-js's own value types, which JSON documents never hold.
function documents(value: ReturnType<typeof evaluateSync>): LakeDocument[] {
  return (Array.isArray(value.data) ? value.data : toJS(value)) as LakeDocument[]
}

export type Options = Pick<EvaluateOptions, 'dataset' | 'dereference' | 'params'>

// Per view (a lake version): the documents of a type in the order of some `order(…)` arguments.
const indexes = new WeakMap<View, Map<string, readonly LakeDocument[]>>()

/** The documents of `scan.type` in the order of `scan.order` (a `$docs | order(…)`), per view. */
export function sorted(
  view: View,
  scan: Pick<OrderedScan, 'type' | 'order' | 'orderKey'>,
  options: Options,
): readonly LakeDocument[] {
  let byKey = indexes.get(view)
  if (!byKey) indexes.set(view, (byKey = new Map()))
  const key = `${scan.type}\u0000${scan.orderKey}`
  let docs = byKey.get(key)
  if (!docs) {
    const params = { ...options.params, [DOCS]: view.byType.get(scan.type) ?? [] }
    docs = documents(evaluateSync(scan.order, { ...options, params }))
    byKey.set(key, docs)
  }
  return docs
}

/**
 * The first `scan.limit` documents of the type, in the query's order, that pass its filter;
 * every document of the type when the filter needs groq-js's asynchronous evaluator.
 */
export function orderedCandidates(
  view: View,
  scan: OrderedScan,
  options: Options,
): readonly LakeDocument[] {
  try {
    const docs = sorted(view, scan, options)
    const found: LakeDocument[] = []
    let from = 0
    let size = Math.max(FIRST_CHUNK, scan.limit * 2)
    while (from < docs.length && found.length < scan.limit) {
      const params = { ...options.params, [CHUNK]: docs.slice(from, from + size) }
      found.push(...documents(evaluateSync(scan.filter, { ...options, params })))
      from += size
      size *= 4
    }
    return found.slice(0, scan.limit)
  } catch (error) {
    if (!(error instanceof Error) || !/not supported|synchronous mode/i.test(error.message)) {
      throw error
    }
    return view.byType.get(scan.type) ?? []
  }
}
