import { frenchTypography } from './typography'

/** Fields of Portable Text values and query results that hold reader-facing prose. */
const PROSE_KEYS = new Set(['text', 'question', 'quote'])

/**
 * Returns a deep copy of a Portable Text value (or any query result) with French typography
 * applied to span texts and Q&A questions. Keys, marks and references are left untouched.
 */
export function typeset<T>(value: T): T {
  return walk(value) as T
}

function walk(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key && PROSE_KEYS.has(key) ? frenchTypography(value) : value
  if (Array.isArray(value)) return value.map((item) => walk(item))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]))
  }
  return value
}
