import type { ExprNode } from 'groq-js'

import type { Key } from './narrow-conditions'

/** One branch of a run-time union: `key` looked up for `operand` (an array when `multi`). */
export interface UnionTerm {
  key: Key
  operand: ExprNode
  multi: boolean
  /** `defined(x)` terms of the branch, already lifted: when one is false the branch adds nothing. */
  guards: ExprNode[]
}

// Kept in sync with narrow.ts (which imports this file, so it cannot import the constant back).
const MARKER = '\u0000lake\u0000'
const KEY_TOKEN = '\u0001'

const value = (data: unknown): ExprNode => ({ type: 'Value', value: data }) as ExprNode
const call = (namespace: string, name: string, args: ExprNode[]): ExprNode =>
  ({ type: 'FuncCall', namespace, name, args }) as ExprNode
const array = (...elements: [ExprNode, boolean][]): ExprNode => ({
  type: 'Array',
  elements: elements.map(([node, isSplat]) => ({ type: 'ArrayElement', value: node, isSplat })),
})
const select = (condition: ExprNode, then: ExprNode, otherwise: ExprNode): ExprNode => ({
  type: 'Select',
  alternatives: [{ type: 'SelectAlternative', condition, value: then }],
  fallback: otherwise,
})

/** `coalesce({"_ref": ref}->, …fallbacks)`: the `dereference` hook answers with candidates. */
export function lookupOrEverything(ref: ExprNode, ...fallbacks: ExprNode[]): ExprNode {
  return call('global', 'coalesce', [derefOf(ref), ...fallbacks, { type: 'Everything' }])
}

/** `{"_ref": ref}->`. */
export function derefOf(ref: ExprNode): ExprNode {
  return {
    type: 'Deref',
    base: {
      type: 'Object',
      attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: ref }],
    },
  }
}

/**
 * The base of a union-narrowed filter. The values of all branches are joined into one `_ref`
 * (`MARKER union \0 type \0 \u0001key \0 v1 \0 v2 …`) for the `dereference` hook. A value that
 * is not a string makes the `_ref` null (`array::join` refuses null; the `x + ""` and the
 * all-strings check refuse numbers), so the filter falls back to the whole dataset.
 * Ids and references never hold U+0000 or U+0001 (Sanity ids are `[A-Za-z0-9._-]`).
 */
export function unionBase(terms: UnionTerm[], type: string): ExprNode {
  const elements: [ExprNode, boolean][] = []
  for (const term of terms) {
    elements.push([value(`${KEY_TOKEN}${term.key}`), false])
    let values = !term.multi
      ? single(term.operand)
      : term.key === 'id'
        ? defined(term.operand)
        : allStrings(term.operand)
    if (term.guards.length > 0) {
      const guard = term.guards.reduce((left, right) => ({ type: 'And', left, right }) as ExprNode)
      values = select(guard, values, array())
    }
    elements.push([values, true])
  }
  const joined = call('array', 'join', [array(...elements), value('\u0000')])
  const prefix = value(`${MARKER}union\u0000${type}\u0000`)
  const ref: ExprNode = { type: 'OpCall', op: '+', left: prefix, right: joined }
  // Falling back, the filter's `_type == "x"` still narrows.
  return type
    ? lookupOrEverything(ref, derefOf(value(`${MARKER}type\u0000\u0000${type}`)))
    : lookupOrEverything(ref)
}

/**
 * `xs[defined(@)]`: for `_id in xs`, a null never equals an id, and a number only adds a lookup
 * of its text (a superset of candidates stays correct), so only non-scalars need the fallback.
 */
function defined(operand: ExprNode): ExprNode {
  return {
    type: 'Filter',
    base: operand,
    expr: call('global', 'defined', [{ type: 'This' }]),
  }
}

/** `[x + ""]`: null unless `x` is a string. */
function single(operand: ExprNode): ExprNode {
  return array([{ type: 'OpCall', op: '+', left: operand, right: value('') } as ExprNode, false])
}

/** `select(count(xs[string(@) != @]) == 0 => xs, [null])`: `[null]` unless only strings. */
function allStrings(operand: ExprNode): ExprNode {
  const other: ExprNode = {
    type: 'OpCall',
    op: '!=',
    left: call('global', 'string', [{ type: 'This' }]),
    right: { type: 'This' },
  }
  const nonStrings = call('global', 'count', [{ type: 'Filter', base: operand, expr: other }])
  const none: ExprNode = { type: 'OpCall', op: '==', left: nonStrings, right: value(0) }
  return select(none, operand, array([value(null), false]))
}
