/**
 * A small mendoza encoder: the patch format of Sanity's listener `effects` and history
 * transactions, decoded by the `mendoza` package (`applyPatch`), which has no encoder. Unchanged
 * fields and array items are copied from the input, so the Studio's incremental patcher keeps
 * their authorship; changed leaves are written as values.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

// Opcodes, in the order of mendoza's OPS table.
const VALUE = 0
const PUSH_FIELD_COPY = 10
const PUSH_FIELD_BLANK = 11
const PUSH_ELEMENT_COPY = 12
const RETURN_INTO_OBJECT_SAME_KEY_POP = 15
const RETURN_INTO_ARRAY_POP = 16
const OBJECT_SET_FIELD_VALUE = 17
const OBJECT_DELETE_FIELD = 19
const ARRAY_APPEND_VALUE = 20
const ARRAY_APPEND_SLICE = 21

/** The mendoza patch turning `left` into `right` (`[]` when they are equal). */
export function mendozaDiff(left: unknown, right: unknown): unknown[] {
  const from = toJson(left)
  const to = toJson(right)
  if (isObject(from) && isObject(to)) {
    const ops: unknown[] = []
    objectOps(from, to, ops)
    return ops
  }
  return deepEqual(from, to) ? [] : [VALUE, to]
}

/** `{apply, revert}` between two states of a document, `_rev` left out as the Studio expects. */
export function mendozaEffects(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): { apply: unknown[]; revert: unknown[] } {
  const a = before ? omitRev(before) : null
  const b = after ? omitRev(after) : null
  return { apply: mendozaDiff(a, b), revert: mendozaDiff(b, a) }
}

function omitRev(doc: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...doc }
  delete rest._rev
  return rest
}

// Keys are addressed by their index in the sorted key list of the input object.
function objectOps(left: JsonObject, right: JsonObject, ops: unknown[]): void {
  const keys = Object.keys(left).sort()
  keys.forEach((key, index) => {
    if (!(key in right)) ops.push(OBJECT_DELETE_FIELD, index)
  })
  for (const key of Object.keys(right)) {
    const next = right[key] as Json
    const index = keys.indexOf(key)
    if (index < 0) {
      ops.push(OBJECT_SET_FIELD_VALUE, next, key)
      continue
    }
    const previous = left[key] as Json
    if (deepEqual(previous, next)) continue
    if (isObject(previous) && isObject(next)) {
      ops.push(PUSH_FIELD_COPY, index)
      objectOps(previous, next, ops)
      ops.push(RETURN_INTO_OBJECT_SAME_KEY_POP)
    } else if (Array.isArray(previous) && Array.isArray(next) && next.length > 0) {
      // A blank output only becomes an array once an item is appended: [] is set as a value.
      ops.push(PUSH_FIELD_BLANK, index)
      arrayOps(previous, next, ops)
      ops.push(RETURN_INTO_OBJECT_SAME_KEY_POP)
    } else {
      ops.push(OBJECT_SET_FIELD_VALUE, next, key)
    }
  }
}

// Items are matched by `_key` when they have one (Portable Text, arrays of objects), else by
// position; runs of unchanged items become one slice copy.
function arrayOps(left: Json[], right: Json[], ops: unknown[]): void {
  const byKey = new Map<string, number>()
  left.forEach((item, index) => {
    const key = keyOf(item)
    if (key !== undefined && !byKey.has(key)) byKey.set(key, index)
  })
  let slice: [number, number] | null = null
  const flush = () => {
    if (slice) ops.push(ARRAY_APPEND_SLICE, slice[0], slice[1])
    slice = null
  }
  right.forEach((item, position) => {
    const key = keyOf(item)
    const index = key !== undefined ? byKey.get(key) : position < left.length ? position : undefined
    const previous = index === undefined ? undefined : left[index]
    if (index !== undefined && previous !== undefined && deepEqual(previous, item)) {
      if (slice && slice[1] === index) slice[1] = index + 1
      else {
        flush()
        slice = [index, index + 1]
      }
      return
    }
    flush()
    if (index !== undefined && isObject(previous) && isObject(item)) {
      ops.push(PUSH_ELEMENT_COPY, index)
      objectOps(previous, item, ops)
      ops.push(RETURN_INTO_ARRAY_POP)
    } else {
      ops.push(ARRAY_APPEND_VALUE, item)
    }
  })
  flush()
}

function keyOf(item: Json): string | undefined {
  return isObject(item) && typeof item._key === 'string' ? item._key : undefined
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function toJson(value: unknown): Json {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json)
}

function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]!))
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a)
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => key in b && deepEqual(a[key]!, b[key]!))
    )
  }
  return false
}
