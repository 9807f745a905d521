import type { ExprNode } from 'groq-js'

/** What a conjunct narrows by: an id, a slug, a referenced id or a type. */
export type Key = 'id' | 'slug' | 'refs' | 'type'

/** A filter conjunct that narrows: `key` compared with `operand` (any expression). */
export interface Condition {
  key: Key
  operand: ExprNode
}

/** The top-level `&&` terms of a filter (parentheses removed). */
export function conjuncts(node: ExprNode): ExprNode[] {
  if (node.type === 'Group') return conjuncts(node.base)
  if (node.type === 'And') return [...conjuncts(node.left), ...conjuncts(node.right)]
  return [node]
}

/**
 * Conjuncts that narrow: `_type|_id|slug.current == x` (either side), and the reference tests
 * `references(x)`, `path._ref == x`, `x in path[]._ref`: a document passing any of those holds
 * an object with `_ref == x`, so it is in the view's reverse-reference index.
 */
export function condition(node: ExprNode): Condition | null {
  if (node.type === 'Or') return sharedCondition(disjuncts(node))
  if (node.type === 'FuncCall' && node.name === 'references' && node.namespace === 'global') {
    return node.args.length === 1 ? { key: 'refs', operand: node.args[0]! } : null
  }
  if (node.type !== 'OpCall') return null
  if (node.op === 'in') return isRefPath(node.right) ? { key: 'refs', operand: node.left } : null
  if (node.op !== '==') return null
  const left = isRefPath(node.left) ? 'refs' : fieldKey(node.left)
  if (left) return { key: left, operand: node.right }
  const right = isRefPath(node.right) ? 'refs' : fieldKey(node.right)
  return right ? { key: right, operand: node.left } : null
}

/** `a == x || (b == x && …)`: when every branch narrows by the same key and operand, so does the Or. */
function sharedCondition(branches: ExprNode[]): Condition | null {
  let shared: Condition | null = null
  for (const branch of branches) {
    const found = conjuncts(branch)
      .map(condition)
      .find((match) => match && (!shared || sameCondition(match, shared)))
    if (!found) return null
    shared ??= found
  }
  return shared
}

function sameCondition(a: Condition, b: Condition) {
  return a.key === b.key && JSON.stringify(a.operand) === JSON.stringify(b.operand)
}

function disjuncts(node: ExprNode): ExprNode[] {
  if (node.type === 'Group') return disjuncts(node.base)
  if (node.type === 'Or') return [...disjuncts(node.left), ...disjuncts(node.right)]
  return [node]
}

/** `a._ref`, `a[]._ref`, `a[].b._ref`: `_ref` values found inside the current document. */
function isRefPath(node: ExprNode): boolean {
  if (node.type === 'AccessAttribute') return node.name === '_ref' && isInside(node.base)
  if (node.type === 'Map' || node.type === 'FlatMap')
    return isInside(node.base) && isRefPath(node.expr)
  return false
}

/** True when the value is part of the current element (no `^`, `->`, `*` or parameters). */
function isInside(node: ExprNode | undefined): boolean {
  if (node === undefined || node.type === 'This') return true
  switch (node.type) {
    case 'AccessAttribute':
    case 'AccessElement':
    case 'ArrayCoerce':
    case 'Group':
      return isInside(node.base)
    case 'Map':
    case 'FlatMap':
      return isInside(node.base) && isInside(node.expr)
    default:
      return false
  }
}

function fieldKey(node: ExprNode): Key | null {
  if (node.type !== 'AccessAttribute') return null
  if (isElement(node.base))
    return node.name === '_type' ? 'type' : node.name === '_id' ? 'id' : null
  const slug = node.base
  return node.name === 'current' &&
    slug?.type === 'AccessAttribute' &&
    slug.name === 'slug' &&
    isElement(slug.base)
    ? 'slug'
    : null
}

function isElement(node: ExprNode | undefined): boolean {
  return node === undefined || node.type === 'This'
}
