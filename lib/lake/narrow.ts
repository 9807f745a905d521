import type { DereferenceFunction, ExprNode } from 'groq-js'

import { condition, conjuncts, type Key } from './narrow-conditions'
import type { View } from './snapshot'
import type { LakeDocument } from './types'

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
 */

type Operand = { value: string } | { param: string }

/** A rewritten `*[…]` whose candidates are passed as the hidden param `param`. */
export interface Narrowing {
  param: string
  keys: Partial<Record<Key, Operand>>
}

export const HIDDEN_PARAM = '__lake_source_'
const MARKER = '\u0000lake\u0000'
const PRIORITY: Key[] = ['id', 'slug', 'refs', 'type']
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
    const keys: Partial<Record<Key, Operand>> = {}
    const outer: Partial<Record<Key, ExprNode>> = {}
    for (const conjunct of conjuncts(filter.expr)) {
      const match = condition(conjunct)
      if (!match) continue
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
    if (best >= 0 && (!key || best <= PRIORITY.indexOf(key))) {
      const narrowing = { param: `${HIDDEN_PARAM}${narrowings.length}`, keys }
      narrowings.push(narrowing)
      filter.base = { type: 'Parameter', name: narrowing.param }
      return
    }
    if (!key) return
    const type = keys.type && 'value' in keys.type ? keys.type.value : ''
    const marker: ExprNode = { type: 'Value', value: `${MARKER}${key}\u0000${type}\u0000` }
    const ref: ExprNode = { type: 'OpCall', op: '+', left: marker, right: outer[key]! }
    filter.base = {
      type: 'FuncCall',
      namespace: 'global',
      name: 'coalesce',
      args: [
        {
          type: 'Deref',
          base: {
            type: 'Object',
            attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: ref }],
          },
        },
        { type: 'Everything' },
      ],
    } as ExprNode
  })
  return narrowings
}

/** Candidates of a param-narrowed `*[…]`; the whole view when no operand is a string. */
export function staticCandidates(
  view: View,
  narrowing: Narrowing,
  params: Record<string, unknown>,
): readonly LakeDocument[] {
  for (const key of PRIORITY) {
    const operand = narrowing.keys[key]
    const value = operand && ('value' in operand ? operand.value : params[operand.param])
    if (typeof value === 'string') return lookup(view, key, value)
  }
  return view.all
}

/** `dereference` hook: real references by id, and the run-time candidate lists. */
export function dereferencer(view: View): DereferenceFunction {
  return ({ _ref }) => {
    if (!_ref.startsWith(MARKER)) return view.byId.get(_ref) ?? null
    const [key, type, value] = _ref.slice(MARKER.length).split('\u0000') as [Key, string, string]
    const found = lookup(view, key, value)
    const list = type && key !== 'type' ? found.filter((doc) => doc._type === type) : found
    // groq-js passes whatever the hook returns through fromJS: an array is a valid value here,
    // though the hook's declared type only mentions documents.
    return list as unknown as LakeDocument
  }
}

function lookup(view: View, key: Key, value: string): readonly LakeDocument[] {
  switch (key) {
    case 'id': {
      const doc = view.byId.get(value)
      return doc ? [doc] : []
    }
    case 'slug':
      return view.bySlug.get(value) ?? []
    case 'refs':
      return view.referencing(value)
    case 'type':
      return view.byType.get(value) ?? []
  }
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

/** `^.a.b` inside the filter is `@.a.b` in the enclosing scope; other shapes are refused. */
function lift(node: ExprNode): ExprNode | null {
  if (node.type === 'Parent')
    return node.n > 1 ? { type: 'Parent', n: node.n - 1 } : { type: 'This' }
  if (node.type === 'AccessAttribute' && node.base) {
    const base = lift(node.base)
    return base ? { type: 'AccessAttribute', base, name: node.name } : null
  }
  return null
}
