import { evaluate, evaluateSync, parse, toJS, type EvaluateOptions, type ExprNode } from 'groq-js'

import { dereferencer, staticCandidates } from './lookup'
import { HIDDEN_PARAM, narrowTree, type Narrowing } from './narrow'
import { orderedCandidates, orderTree, type OrderedScan } from './ordered'
import { orderLookups, sortedReferencing, type OrderedLookup } from './ordered-refs'
import { deepFreeze, type Snapshot } from './snapshot'
import { LakeError, type Perspective } from './types'

interface PreparedQuery {
  tree: ExprNode
  narrowings: Narrowing[]
  scans: OrderedScan[]
  lookups: OrderedLookup[]
  /** False once the query used a function groq-js only evaluates asynchronously. */
  sync: boolean
  /** False when the result depends on more than data and params (`now()`, `identity()`). */
  cacheable: boolean
}

const CACHE_LIMIT = 1_000
const RESULT_CACHE_LIMIT = 2_000

/**
 * Evaluates GROQ against a snapshot with groq-js. Parsed (and narrowed, see `narrow.ts`)
 * trees are cached by query string; `->` resolves through the view's id map.
 */
export class QueryEngine {
  private readonly cache = new Map<string, PreparedQuery>()
  private readonly results = new Map<string, unknown>()
  private resultsSeq = -1

  constructor(private readonly snapshot: Snapshot) {}

  async query(
    groq: string,
    params: Record<string, unknown> = {},
    perspective: Perspective = 'published',
    hidePrivate = false,
  ): Promise<unknown> {
    for (const name of Object.keys(params)) {
      if (name.startsWith(HIDDEN_PARAM)) throw new LakeError('invalid', `reserved param $${name}`)
    }
    const prepared = this.prepare(groq, params)
    this.snapshot.refresh()
    // Documents only change with a new transaction, so a result stays valid until then.
    if (this.resultsSeq !== this.snapshot.lastSeq || this.results.size >= RESULT_CACHE_LIMIT) {
      this.results.clear()
      this.resultsSeq = this.snapshot.lastSeq
    }
    const scope = hidePrivate ? `${perspective}:public` : perspective
    const key = prepared.cacheable ? `${scope}\u0000${groq}\u0000${stableJson(params)}` : null
    if (key !== null && this.results.has(key)) return this.results.get(key)
    const result = deepFreeze(await this.evaluate(prepared, params, perspective, hidePrivate))
    if (key !== null && this.resultsSeq === this.snapshot.lastSeq) this.results.set(key, result)
    return result
  }

  private async evaluate(
    prepared: PreparedQuery,
    params: Record<string, unknown>,
    perspective: Perspective,
    hidePrivate: boolean,
  ): Promise<unknown> {
    const view = this.snapshot.view(perspective, hidePrivate)
    const allParams: Record<string, unknown> = { ...params }
    for (const narrowing of prepared.narrowings) {
      allParams[narrowing.param] = staticCandidates(view, narrowing, params)
    }
    const options: EvaluateOptions = {
      dataset: view.all,
      params: allParams,
      dereference: dereferencer(view, (n, id) =>
        sortedReferencing(view, prepared.lookups[n]!, id, options),
      ),
    }
    for (const scan of prepared.scans) {
      allParams[scan.param] = orderedCandidates(view, scan, options)
    }
    if (prepared.sync) {
      // The synchronous evaluator skips groq-js's per-element promises: several times faster.
      try {
        return toJS(evaluateSync(prepared.tree, options))
      } catch (error) {
        if (!isSyncUnsupported(error)) throw error
        prepared.sync = false
      }
    }
    return (await evaluate(prepared.tree, options)).get()
  }

  private prepare(groq: string, params: Record<string, unknown>): PreparedQuery {
    const cached = this.cache.get(groq) ?? this.cache.get(withParamsKey(groq, params))
    if (cached) return cached
    let tree: ExprNode
    let key = groq
    try {
      tree = parse(groq)
    } catch (error) {
      // Content Lake takes parameters where groq-js wants constants (`[0...$limit]`, which the
      // Studio's document lists send): parse again with the values, cached for those values.
      if (!/constant/i.test((error as Error).message)) throw syntaxError(error)
      try {
        tree = parse(groq, { params })
        key = withParamsKey(groq, params)
      } catch (again) {
        throw syntaxError(again)
      }
    }
    const narrowings = narrowTree(tree)
    const scans = orderTree(tree, narrowings)
    const lookups = orderLookups(tree)
    const prepared = { tree, narrowings, scans, lookups, sync: true, cacheable: isPure(tree) }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear()
    this.cache.set(key, prepared)
    return prepared
  }
}

// A tree parsed with params holds the values of the params the query names (groq-js turns every
// `$name` into its value), and nothing else: params it does not name stay out of the key.
function withParamsKey(groq: string, params: Record<string, unknown>): string {
  const named = new Set(Array.from(groq.matchAll(/\$([A-Za-z_]\w*)/g), (match) => match[1]))
  const used = Object.fromEntries(Object.entries(params).filter(([name]) => named.has(name)))
  return `${groq}\u0000${stableJson(used)}`
}

function syntaxError(error: unknown): LakeError {
  const position = (error as { position?: unknown }).position
  return new LakeError('invalid', `GROQ syntax error: ${(error as Error).message}`, { position })
}

function isSyncUnsupported(error: unknown): boolean {
  return error instanceof Error && /not supported|synchronous mode/i.test(error.message)
}

// Functions whose value changes without a transaction: their queries are never cached.
const IMPURE = new Set(['global::now', 'dateTime::now', 'global::identity'])

function isPure(node: unknown): boolean {
  if (Array.isArray(node)) return node.every(isPure)
  if (!node || typeof node !== 'object') return true
  const record = node as Record<string, unknown>
  if (record.type === 'Context') return false
  if (record.type === 'FuncCall') {
    const name = `${String(record.namespace)}::${String(record.name)}`
    if (IMPURE.has(name) || record.namespace === 'delta' || record.namespace === 'diff')
      return false
  }
  return Object.values(record).every(isPure)
}

/** JSON with sorted keys, so `{a, b}` and `{b, a}` params share a cache entry. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  )
}
