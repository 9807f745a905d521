import type { ExprNode } from 'groq-js'

/** What a conjunct narrows by: an id, a slug, a referenced id or a type. */
export type Key = 'id' | 'slug' | 'refs' | 'type'

/**
 * A filter conjunct that narrows: `key` compared with `operand` (any expression), or, when
 * `multi`, `key` equal to one of the elements of the array `operand`.
 */
export interface Condition {
  key: Key
  operand: ExprNode
  multi?: boolean
}

/** One branch of an `||` that narrows: its condition, and the `defined(x)` terms guarding it. */
export interface Branch {
  condition: Condition
  guards: ExprNode[]
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
  if (node.op === '>') return countCondition(node.left, node.right)
  if (node.op === 'in') {
    if (isRefPath(node.right) || isRefList(node.right)) return { key: 'refs', operand: node.left }
    const field = fieldKey(node.left)
    return field ? { key: field, operand: node.right, multi: true } : null
  }
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

/**
 * `a || b || c` where each branch has a narrowing conjunct, on different keys or operands: the
 * matches are within the union of the branches' candidates. Type-only branches are refused (a
 * union of whole types is no narrowing worth having).
 */
export function unionBranches(node: ExprNode): Branch[] | null {
  if (node.type !== 'Or') {
    const single = condition(node)
    return single?.multi ? [{ condition: single, guards: [] }] : null
  }
  const branches: Branch[] = []
  for (const branch of disjuncts(node)) {
    const terms = conjuncts(branch)
    const found = terms.map(condition).find((match) => match && match.key !== 'type')
    if (!found) return null
    const guards = terms.filter(
      (term) => term.type === 'FuncCall' && term.name === 'defined' && term.namespace === 'global',
    )
    branches.push({ condition: found, guards })
  }
  return branches
}

/**
 * `count(path[@._ref in x]) > 0`: some element of `path` holds a `_ref` in `x`. `x` is written
 * inside the element filter, so its `^` count is one higher than in the document's filter.
 */
function countCondition(left: ExprNode, right: ExprNode): Condition | null {
  if (right.type !== 'Value' || right.value !== 0) return null
  if (left.type !== 'FuncCall' || left.name !== 'count' || left.namespace !== 'global') return null
  const inner = left.args[0]
  if (left.args.length !== 1 || inner?.type !== 'Filter' || !isInside(inner.base)) return null
  const test = inner.expr
  if (test.type !== 'OpCall' || test.op !== 'in') return null
  const own = test.left
  if (own.type !== 'AccessAttribute' || own.name !== '_ref' || !isElement(own.base)) return null
  const operand = outOfElement(test.right)
  return operand ? { key: 'refs', operand, multi: true } : null
}

/** `x` written one scope deeper, rewritten for the enclosing filter; null if it reads `@`. */
function outOfElement(node: ExprNode): ExprNode | null {
  switch (node.type) {
    case 'Value':
    case 'Parameter':
      return node
    case 'Parent':
      return node.n > 1 ? { type: 'Parent', n: node.n - 1 } : null
    case 'AccessAttribute': {
      const base = node.base && outOfElement(node.base)
      return base ? { ...node, base } : null
    }
    case 'ArrayCoerce': {
      const base = outOfElement(node.base)
      return base ? { ...node, base } : null
    }
    case 'Map':
    case 'FlatMap': {
      const base = outOfElement(node.base)
      return base && isInside(node.expr) ? { ...node, base } : null
    }
    default:
      return null
  }
}

/** `[a._ref, ...b[]._ref]`: an array literal of `_ref` values of the current document. */
function isRefList(node: ExprNode): boolean {
  return (
    node.type === 'Array' &&
    node.elements.length > 0 &&
    node.elements.every((element) => isRefPath(element.value))
  )
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
