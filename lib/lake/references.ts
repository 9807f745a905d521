import type { ExprNode } from 'groq-js'

import type { LakeDocument } from './types'

/**
 * Reference sets of a document, and the filters answered from them without groq-js.
 *
 * `count(*[_type == "article" && references(^._id)])` per series (the home page) made groq-js
 * walk every body of every candidate article: narrowing (see `narrow.ts`) only picks the
 * candidates, the filter still runs on each. When a filter is exactly `_type == "t" &&
 * references(x)` (or `references(x)` alone), its result is a lookup in the view's exact index,
 * `View.referencedBy`, built from `exact` below, which follows groq-js's `references()` step by
 * step. The view (and its index) is rebuilt from the documents after every transaction, so the
 * index always describes the documents the query sees; the per-document sets are cached by the
 * frozen stored document, so a rebuild only walks documents a write replaced.
 */

export interface ReferenceSets {
  /** Every string `_ref` anywhere: a superset of any reference test, used for narrowing. */
  any: ReadonlySet<string>
  /** Exactly the ids `x` for which groq-js's `references(x)` is true on the document. */
  exact: ReadonlySet<string>
}

const cache = new WeakMap<LakeDocument, ReferenceSets>()

/**
 * groq-js's `hasReference`: arrays and objects are walked; an object whose `_ref` is truthy
 * answers for itself (a match only when `_ref` is one of the wanted strings) and is not entered.
 * An empty `_ref` is falsy: the walk goes on inside that object, and `""` never matches.
 */
export function referenceSets(doc: LakeDocument): ReferenceSets {
  const cached = cache.get(doc)
  if (cached) return cached
  const any = new Set<string>()
  const exact = new Set<string>()
  const walk = (value: unknown, open: boolean): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, open)
      return
    }
    if (!value || typeof value !== 'object') return
    const ref = (value as { _ref?: unknown })._ref
    if (ref) {
      if (open && typeof ref === 'string') exact.add(ref)
      open = false
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === '_ref' && typeof child === 'string') any.add(child)
      else walk(child, open)
    }
  }
  walk(doc, true)
  // Usually the same ids: share one set.
  const sets = { any, exact: sameSet(any, exact) ? any : exact }
  cache.set(doc, sets)
  return sets
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false
  for (const item of a) if (!b.has(item)) return false
  return true
}

/** A filter answered by the exact index: documents of `type` ('' for any) referencing `operand`. */
export interface ExactReferenceFilter {
  type: string
  operand: ExprNode
}

/**
 * `_type == "t" && references(x)` in any order or grouping, or `references(x)` alone, with one
 * argument and nothing else in the filter. Both terms only read the document, never fail, and
 * the filter keeps exactly the documents passing both, whatever order groq-js tests them in.
 */
export function exactReferenceFilter(expr: ExprNode): ExactReferenceFilter | null {
  let type: string | null = null
  let operand: ExprNode | null = null
  for (const term of terms(expr)) {
    if (term.type === 'FuncCall' && term.namespace === 'global' && term.name === 'references') {
      if (operand || term.args.length !== 1) return null
      operand = term.args[0]!
      continue
    }
    const compared = typeLiteral(term)
    if (compared === null || type !== null) return null
    type = compared
  }
  return operand ? { type: type ?? '', operand } : null
}

function terms(node: ExprNode): ExprNode[] {
  if (node.type === 'Group') return terms(node.base)
  if (node.type === 'And') return [...terms(node.left), ...terms(node.right)]
  return [node]
}

/** `_type == "t"` or `"t" == _type`: the literal, or null for anything else. */
function typeLiteral(node: ExprNode): string | null {
  if (node.type !== 'OpCall' || node.op !== '==') return null
  const literal = (side: ExprNode) =>
    side.type === 'Value' && typeof side.value === 'string' ? side.value : null
  if (isTypeAttribute(node.left)) return literal(node.right)
  if (isTypeAttribute(node.right)) return literal(node.left)
  return null
}

function isTypeAttribute(node: ExprNode): boolean {
  return (
    node.type === 'AccessAttribute' &&
    node.name === '_type' &&
    (node.base === undefined || node.base.type === 'This')
  )
}

/**
 * Turns `filter` (a `*[…]` node, changed in place) into `coalesce(lookup, <the filter as it
 * was>)`: `lookup` answers when its operand is a string, the filter itself otherwise.
 */
export function answerFromLookup(filter: ExprNode, lookup: ExprNode): void {
  const original = { ...filter }
  const node = filter as unknown as Record<string, unknown>
  for (const key of Object.keys(node)) delete node[key]
  Object.assign(node, {
    type: 'FuncCall',
    namespace: 'global',
    name: 'coalesce',
    args: [lookup, original],
  })
}
