import type { ExprNode } from 'groq-js'

import { condition, conjuncts, unionBranches, type Key } from './narrow-conditions'
import { derefOf, lookupOrEverything, unionBase, type UnionTerm } from './narrow-union'
import { answerFromLookup, exactReferenceFilter, type ExactReferenceFilter } from './references'

/**
 * Query narrowing. groq-js evaluates `*[filter]` by testing every document; with 10,000
 * articles that costs milliseconds per `*`. Each `*[filter]` whose filter has a top-level
 * conjunct `_id == x`, `slug.current == x`, a reference test (`references(x)`, `a._ref == x`,
 * `x in a[]._ref`) or `_type == x` is rewritten to
 * filter a candidate list from the view's indexes instead. The whole filter still runs on the
 * candidates, so narrowing only skips documents that cannot match, and candidates keep the
 * dataset's `_id` order.
 *
 * - `x` literal or `$param`: the base becomes a hidden param, filled before evaluation.
 * - `x` read from the enclosing scope (`^._id`, `^.author._ref`): the base becomes
 *   `coalesce({"_ref": MARKER + x}->, *)`, resolved by our `dereference` hook at run time, and
 *   falling back to `*` when `x` is not a string. Only done where the enclosing scope is a
 *   plain nested scope (groq-js's hidden `[]`-map scopes shift what `^` means).
 * - Otherwise, a conjunct `_id in xs`, `count(refs[@._ref in xs]) > 0` or an `||` whose
 *   branches each narrow (by id, slug or reference, operands possibly different) makes the
 *   candidates the union of each branch's lookups (see `narrow-union.ts`); a branch whose
 *   `defined(x)` guard is false adds nothing. Any operand that is not a string (or an array of
 *   strings) falls back to the whole view.
 * - A filter that is exactly `_type == "t" && references(x)` is answered, not just narrowed: the
 *   whole `*[…]` becomes `coalesce({"_ref": MARKER + x}->, <the narrowed filter>)`, the first
 *   term read from the view's exact reference index (see `references.ts`).
 *
 * The run-time lookups are in `lookup.ts`.
 */

type Operand = { value: string } | { param: string }

/** A rewritten `*[…]` whose candidates are passed as the hidden param `param`. */
export interface Narrowing {
  param: string
  keys: Partial<Record<Key, Operand>>
  /** Set for a union: candidates are the union of every term's lookups. */
  union?: { key: Key; operand: Operand; multi: boolean }[]
}

export const HIDDEN_PARAM = '__lake_source_'
export const MARKER = '\u0000lake\u0000'
export const PRIORITY: Key[] = ['id', 'slug', 'refs', 'type']
const SCOPE_OF_CHILD: Record<string, Record<string, 'nested' | 'hidden'>> = {
  Filter: { expr: 'nested' },
  Projection: { expr: 'nested' },
  PipeFuncCall: { args: 'nested' },
  Map: { expr: 'hidden' },
  FlatMap: { expr: 'hidden' },
}
// Node kinds whose scoping is understood; anything else (delta selectors…) disables `^` rewrites.
const KNOWN = new Set(
  'AccessAttribute AccessElement And Array ArrayCoerce ArrayElement Asc Deref Desc Everything Filter FlatMap FuncCall Group InRange Map Neg Not Object ObjectAttributeValue ObjectConditionalSplat ObjectSplat OpCall Or Parameter Parent PipeFuncCall Pos Projection Select SelectAlternative Slice This Tuple Value'.split(
    ' ',
  ),
)

/** Rewrites `tree` in place and returns the hidden params to fill. */
export function narrowTree(tree: ExprNode): Narrowing[] {
  const narrowings: Narrowing[] = []
  const dynamic = allKnown(tree)
  visit(tree, 'root', (filter, scope) => {
    const exact = exactReferenceFilter(filter.expr)
    const operand =
      exact && (staticOperand(exact.operand) ? exact.operand : liftedOperand(exact, scope))
    narrowFilter(filter, scope)
    if (exact && operand) answerFromLookup(filter, derefOf(marked('exact', exact.type, operand)))
  })
  return narrowings

  function liftedOperand(exact: ExactReferenceFilter, scope: string): ExprNode | null {
    return dynamic && scope !== 'hidden' ? lift(exact.operand) : null
  }

  function narrowFilter(filter: FilterNode, scope: 'root' | 'nested' | 'hidden'): void {
    const keys: Partial<Record<Key, Operand>> = {}
    const outer: Partial<Record<Key, ExprNode>> = {}
    for (const conjunct of conjuncts(filter.expr)) {
      const match = condition(conjunct)
      if (!match || match.multi) continue
      const operand = staticOperand(match.operand)
      if (operand) keys[match.key] ??= operand
      else if (dynamic && scope !== 'hidden') {
        const lifted = lift(match.operand)
        if (lifted) outer[match.key] ??= lifted
      }
    }
    const best = PRIORITY.findIndex((candidate) => keys[candidate])
    const key = PRIORITY.find((candidate) => outer[candidate])
    // A scope-dependent `references(^._id)` beats a static `_type == "article"`.
    const staticWins = best >= 0 && (!key || best <= PRIORITY.indexOf(key))
    const type = keys.type && 'value' in keys.type ? keys.type.value : ''
    const toParam = (union?: Narrowing['union']) => {
      const narrowing: Narrowing = { param: `${HIDDEN_PARAM}${narrowings.length}`, keys, union }
      narrowings.push(narrowing)
      filter.base = { type: 'Parameter', name: narrowing.param }
    }
    if (staticWins && PRIORITY[best] !== 'type') return toParam()
    if (!staticWins && key) return void (filter.base = singleBase(key, type, outer[key]!))
    // Only a type (or nothing) so far: a union of lookups narrows further.
    const union = unionOf(filter.expr, dynamic && scope !== 'hidden')
    if (union?.static) toParam(union.static)
    else if (union?.dynamic) filter.base = unionBase(union.dynamic, type)
    else if (staticWins) toParam()
  }
}

/** `coalesce({"_ref": MARKER + key + type + x}->, *)`: looked up by `dereferencer` at run time. */
function singleBase(key: Key, type: string, operand: ExprNode): ExprNode {
  return lookupOrEverything(marked(key, type, operand))
}

/** `MARKER + key + type + x`: null (no lookup) unless `x` is a string. */
function marked(key: Key | 'exact', type: string, operand: ExprNode): ExprNode {
  const marker: ExprNode = { type: 'Value', value: `${MARKER}${key}\u0000${type}\u0000` }
  return { type: 'OpCall', op: '+', left: marker, right: operand }
}

/** A union usable here: static operands become a hidden param, others a run-time base. */
function unionOf(
  expr: ExprNode,
  dynamic: boolean,
): { static?: NonNullable<Narrowing['union']>; dynamic?: UnionTerm[] } | null {
  for (const conjunct of conjuncts(expr)) {
    const branches = unionBranches(conjunct)
    if (!branches) continue
    const statics = branches.map(({ condition: { key, operand, multi } }) => {
      const found = staticOperand(operand)
      return found && { key, operand: found, multi: multi ?? false }
    })
    if (statics.every((term) => term !== null)) return { static: statics }
    if (!dynamic) continue
    const terms: UnionTerm[] = []
    for (const { condition: match, guards } of branches) {
      const operand = staticOperand(match.operand) ? match.operand : lift(match.operand)
      if (!operand) break
      const lifted = guards.flatMap((guard) => {
        const arg = guard.type === 'FuncCall' ? guard.args[0] : undefined
        const inner = arg && lift(arg)
        return inner ? [{ ...guard, args: [inner] } as ExprNode] : []
      })
      terms.push({ key: match.key, operand, multi: match.multi ?? false, guards: lifted })
    }
    if (terms.length === branches.length) return { dynamic: terms }
  }
  return null
}

type FilterNode = { type: 'Filter'; base: ExprNode; expr: ExprNode }

function visit(
  node: unknown,
  scope: 'root' | 'nested' | 'hidden',
  onFilter: (filter: FilterNode, scope: 'root' | 'nested' | 'hidden') => void,
): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, scope, onFilter)
    return
  }
  if (!node || typeof node !== 'object') return
  const record = node as Record<string, unknown>
  const type = String(record.type)
  for (const [name, child] of Object.entries(record)) {
    visit(child, SCOPE_OF_CHILD[type]?.[name] ?? scope, onFilter)
  }
  if (type === 'Filter' && (record.base as { type?: string })?.type === 'Everything') {
    onFilter(record as unknown as FilterNode, scope)
  }
}

function allKnown(node: unknown): boolean {
  if (Array.isArray(node)) return node.every(allKnown)
  if (!node || typeof node !== 'object') return true
  const record = node as Record<string, unknown>
  if (typeof record.type === 'string' && !KNOWN.has(record.type)) return false
  return Object.values(record).every(allKnown)
}

function staticOperand(node: ExprNode): Operand | null {
  if (node.type === 'Value' && typeof node.value === 'string') return { value: node.value }
  if (node.type === 'Parameter') return { param: node.name }
  return null
}

/**
 * `^.a.b` (or `^.a[].b`) inside the filter is `@.a.b` in the enclosing scope; other shapes are
 * refused. The expression of a `[]` map reads the element, not a scope, and is kept as is.
 */
function lift(node: ExprNode): ExprNode | null {
  if (node.type === 'Parent')
    return node.n > 1 ? { type: 'Parent', n: node.n - 1 } : { type: 'This' }
  if (node.type === 'AccessAttribute' && node.base) {
    const base = lift(node.base)
    return base ? { type: 'AccessAttribute', base, name: node.name } : null
  }
  if (node.type === 'ArrayCoerce') {
    const base = lift(node.base)
    return base ? { ...node, base } : null
  }
  if ((node.type === 'Map' || node.type === 'FlatMap') && readsElementOnly(node.expr)) {
    const base = lift(node.base)
    return base ? { ...node, base } : null
  }
  return null
}

function readsElementOnly(node: ExprNode): boolean {
  if (node.type === 'This') return true
  if (node.type === 'AccessAttribute') return !node.base || readsElementOnly(node.base)
  if (node.type === 'ArrayCoerce') return readsElementOnly(node.base)
  if (node.type === 'Map' || node.type === 'FlatMap')
    return readsElementOnly(node.base) && readsElementOnly(node.expr)
  return false
}
