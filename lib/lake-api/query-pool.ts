import { Worker } from 'node:worker_threads'

import { LakeError, type LakeErrorCode, type Perspective } from '@/lib/lake'

import { ApiError } from './http'

/** One query for a worker. */
export interface QueryJob {
  id: number
  query: string
  params: Record<string, unknown>
  perspective: Perspective
  hidePrivate: boolean
  maxResultChars: number
}

/** A worker's answer: the result as JSON text (undefined: no result), or why there is none. */
export type QueryReply =
  | { id: number; json: string | undefined }
  | { id: number; tooLarge: number }
  | {
      id: number
      error: { message: string; code?: LakeErrorCode; details?: Record<string, unknown> }
    }

/** Budget of the queries of one API. */
export interface QueryLimits {
  /** Evaluator threads. Default 2: one slow query leaves the other free. */
  workers?: number
  /** From arrival to answer, waiting for a free thread included. Default 10 s. */
  timeoutMs?: number
  /** Largest result, in characters of JSON. Default 16 MiB. */
  maxResultChars?: number
}

interface Pending {
  job: QueryJob
  resolve(json: string | undefined): void
  reject(error: unknown): void
  timer?: NodeJS.Timeout
  slot?: Slot
}

interface Slot {
  worker: Worker
  /** The thread has opened the lake and takes queries. */
  ready: boolean
  pending?: Pending
  /** True once the thread has answered: a thread that fails before is not started again. */
  answered?: boolean
}

const WORKER_URL = new URL('./query-worker.ts', import.meta.url)
// The lake is TypeScript: a worker needs tsx's loader, which `npm run lake:api` (tsx) and the
// tests' runner do not pass on by themselves in every case.
const EXEC_ARGV = process.execArgv.some((arg) => arg.includes('tsx'))
  ? process.execArgv
  : [...process.execArgv, '--import', 'tsx']

/**
 * Runs the API's GROQ queries on worker threads (`query-worker.ts`), each with its own
 * connection to the lake. A query that outlives its budget has its thread terminated (a
 * replacement starts at once) and answers 408; a result beyond the size cap answers 413. Queries
 * queue for a free thread; the wait counts in the budget. Threads start on the first query or
 * `warm()`; until one is up (about a second) the budget does not run.
 */
export class QueryPool {
  private readonly slots: Slot[] = []
  private readonly queue: Pending[] = []
  private nextId = 1
  private closed = false
  private readonly waitingForReady: (() => void)[] = []
  readonly workers: number
  readonly timeoutMs: number
  readonly maxResultChars: number

  constructor(
    private readonly dataDir: string,
    limits: QueryLimits = {},
  ) {
    this.workers = limits.workers ?? 2
    this.timeoutMs = limits.timeoutMs ?? 10_000
    this.maxResultChars = limits.maxResultChars ?? 16 * 1024 * 1024
  }

  /** The result of `query` as JSON text (undefined when the query yields nothing). */
  run(
    query: string,
    params: Record<string, unknown>,
    options: { perspective: Perspective; hidePrivate: boolean },
  ): Promise<string | undefined> {
    if (this.closed) return Promise.reject(new Error('query pool closed'))
    this.start()
    return new Promise((resolve, reject) => {
      const job: QueryJob = {
        id: this.nextId++,
        query,
        params,
        ...options,
        maxResultChars: this.maxResultChars,
      }
      const pending: Pending = { job, resolve, reject }
      if (this.slots.some((slot) => slot.ready)) this.arm(pending)
      this.queue.push(pending)
      this.dispatch()
    })
  }

  /** Starts the threads (if not yet) and resolves once every one of them takes queries. */
  warm(): Promise<void> {
    this.start()
    if (this.slots.every((slot) => slot.ready)) return Promise.resolve()
    return new Promise((resolve) => this.waitingForReady.push(resolve))
  }

  private start(): void {
    if (this.slots.length === 0 && !this.closed) {
      for (let i = 0; i < this.workers; i++) this.spawn()
    }
  }

  private arm(pending: Pending): void {
    pending.timer ??= setTimeout(() => this.expire(pending), this.timeoutMs)
  }

  /** Stops every thread; queued and running queries fail. */
  async close(): Promise<void> {
    this.closed = true
    for (const pending of this.queue.splice(0)) {
      clearTimeout(pending.timer)
      pending.reject(new ApiError(503, 'serviceUnavailable', 'The query server is stopping'))
    }
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()))
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, {
      workerData: { dataDir: this.dataDir },
      execArgv: EXEC_ARGV,
    })
    // Idle threads must not keep a finished process alive.
    worker.unref()
    const slot: Slot = { worker, ready: false }
    worker.on('message', (reply: QueryReply | { ready: true }) => {
      if ('ready' in reply) this.onReady(slot)
      else this.settle(slot, reply)
    })
    worker.on('error', (error) => {
      console.error('[lake-api] query worker', error)
      const pending = slot.pending
      if (pending) {
        clearTimeout(pending.timer)
        pending.reject(error)
      }
      if (slot.answered) return this.replace(slot)
      // Failing at start (a broken install): no endless restarts, queued queries fail now.
      slot.pending = undefined
      this.slots.splice(this.slots.indexOf(slot), 1)
      if (this.slots.length === 0) {
        for (const resolve of this.waitingForReady.splice(0)) resolve()
        for (const queued of this.queue.splice(0)) {
          clearTimeout(queued.timer)
          queued.reject(error)
        }
      }
    })
    this.slots.push(slot)
    return slot
  }

  private onReady(slot: Slot): void {
    slot.ready = true
    // The budget runs from now for queries that arrived while no thread was up.
    for (const pending of this.queue) this.arm(pending)
    if (this.slots.every((each) => each.ready)) {
      for (const resolve of this.waitingForReady.splice(0)) resolve()
    }
    this.dispatch()
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.pending || !slot.ready) continue
      const pending = this.queue.shift()
      if (!pending) return
      slot.pending = pending
      pending.slot = slot
      slot.worker.ref()
      slot.worker.postMessage(pending.job)
    }
  }

  private settle(slot: Slot, reply: QueryReply): void {
    const pending = slot.pending
    if (!pending || pending.job.id !== reply.id) return
    slot.pending = undefined
    slot.answered = true
    slot.worker.unref()
    clearTimeout(pending.timer)
    if ('json' in reply) pending.resolve(reply.json)
    else if ('tooLarge' in reply) pending.reject(tooLarge(reply.tooLarge, this.maxResultChars))
    else if (reply.error.code) {
      pending.reject(new LakeError(reply.error.code, reply.error.message, reply.error.details))
    } else pending.reject(new Error(reply.error.message))
    this.dispatch()
  }

  /** The budget is spent: a queued query leaves the queue, a running one loses its thread. */
  private expire(pending: Pending): void {
    const queued = this.queue.indexOf(pending)
    if (queued >= 0) this.queue.splice(queued, 1)
    if (pending.slot?.pending === pending) this.replace(pending.slot)
    pending.reject(
      new ApiError(
        408,
        'queryTimeout',
        `Query took longer than ${this.timeoutMs} ms and was stopped; narrow its filters or ` +
          'avoid nested subqueries over the whole dataset',
      ),
    )
  }

  private replace(slot: Slot): void {
    slot.pending = undefined
    const index = this.slots.indexOf(slot)
    if (index >= 0) this.slots.splice(index, 1)
    void slot.worker.terminate()
    if (!this.closed) {
      this.spawn()
      this.dispatch()
    }
  }
}

function tooLarge(size: number, limit: number): ApiError {
  return new ApiError(
    413,
    'queryResultTooLarge',
    `Query result of ${size} characters exceeds the limit of ${limit}; add a slice or projection`,
  )
}

/** Longest query text accepted, in characters. */
export const MAX_QUERY_CHARS = 64 * 1024
/** Deepest nesting of brackets and parentheses accepted. */
export const MAX_QUERY_DEPTH = 24

/**
 * Refuses query texts no client needs before parsing them: longer than `MAX_QUERY_CHARS`
 * (413) or nested deeper than `MAX_QUERY_DEPTH` (400). Strings and comments are skipped.
 */
export function assertQueryShape(query: string): void {
  if (query.length > MAX_QUERY_CHARS) {
    throw new ApiError(
      413,
      'queryTooLarge',
      `Query of ${query.length} characters exceeds the limit of ${MAX_QUERY_CHARS}`,
    )
  }
  let depth = 0
  let quote: string | null = null
  for (let i = 0; i < query.length; i++) {
    const char = query[i]
    if (quote) {
      if (char === '\\') i++
      else if (char === quote) quote = null
    } else if (char === '"' || char === "'") {
      quote = char
    } else if (char === '/' && query[i + 1] === '/') {
      const end = query.indexOf('\n', i)
      i = end < 0 ? query.length : end
    } else if (char === '(' || char === '[' || char === '{') {
      depth++
      if (depth > MAX_QUERY_DEPTH) {
        throw new ApiError(
          400,
          'queryTooComplex',
          `Query nested deeper than ${MAX_QUERY_DEPTH} levels of brackets`,
        )
      }
    } else if (char === ')' || char === ']' || char === '}') {
      depth--
    }
  }
}
