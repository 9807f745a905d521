import type { DereferenceFunction } from 'groq-js'

import type { Key } from './narrow-conditions'
import { MARKER, PRIORITY, type Narrowing } from './narrow'
import type { View } from './snapshot'
import type { LakeDocument } from './types'

/*
 * The run-time side of narrowing (see `narrow.ts`): the candidate lists of rewritten filters,
 * looked up in the view's indexes.
 */

/** Candidates of a param-narrowed `*[…]`; the whole view when no operand is a string. */
export function staticCandidates(
  view: View,
  narrowing: Narrowing,
  params: Record<string, unknown>,
): readonly LakeDocument[] {
  if (narrowing.union) {
    const found = new Set<LakeDocument>()
    for (const { key, operand, multi } of narrowing.union) {
      const value = 'value' in operand ? operand.value : params[operand.param]
      const values = multi ? value : [value]
      if (!Array.isArray(values) || values.some((item) => typeof item !== 'string')) return view.all
      for (const item of values as string[])
        for (const doc of lookup(view, key, item)) found.add(doc)
    }
    return byId([...found])
  }
  for (const key of PRIORITY) {
    const operand = narrowing.keys[key]
    const value = operand && ('value' in operand ? operand.value : params[operand.param])
    if (typeof value === 'string') return lookup(view, key, value)
  }
  return view.all
}

/**
 * `dereference` hook: real references by id, and the run-time candidate lists. `sorted(n, id)`
 * answers the ordered reference lookups (see `ordered-refs.ts`).
 */
export function dereferencer(
  view: View,
  sorted: (n: number, id: string) => readonly LakeDocument[] | null,
): DereferenceFunction {
  return ({ _ref }) => {
    if (!_ref.startsWith(MARKER)) return view.byId.get(_ref) ?? null
    const [key, type, value, ...rest] = _ref.slice(MARKER.length).split('\u0000') as [
      Key | 'union' | 'exact' | 'sorted',
      string,
      string,
      ...string[],
    ]
    // Already filtered: the whole `*[…]` answered from the exact index.
    if (key === 'exact') return view.referencedBy(value, type) as unknown as LakeDocument
    if (key === 'sorted') return sorted(Number(type), value) as unknown as LakeDocument
    const found = key === 'union' ? unionLookup(view, [value, ...rest]) : lookup(view, key, value)
    const list = type && key !== 'type' ? found.filter((doc) => doc._type === type) : found
    // groq-js passes whatever the hook returns through fromJS: an array is a valid value here,
    // though the hook's declared type only mentions documents.
    return list as unknown as LakeDocument
  }
}

/** `["\u0001id", "a", "b", "\u0001refs", "c"]`: each token looked up by the key before it. */
function unionLookup(view: View, tokens: string[]): readonly LakeDocument[] {
  const found = new Set<LakeDocument>()
  let key: Key = 'id'
  for (const token of tokens) {
    if (token.startsWith('\u0001')) key = token.slice(1) as Key
    else if (token !== '' || key !== 'id')
      for (const doc of lookup(view, key, token)) found.add(doc)
  }
  return byId([...found])
}

/** In the view's order (by `_id`), as groq-js would meet them scanning the whole view. */
function byId(docs: LakeDocument[]): LakeDocument[] {
  return docs.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
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
