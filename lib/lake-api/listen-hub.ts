import type { Lake, LakeDocument, LakeMutation, LakeTransaction } from '@/lib/lake'

import { mendozaEffects } from './mendoza'

/** How one document changed in one transaction (effects computed on first use). */
export interface DocumentChange {
  id: string
  before: LakeDocument | null
  after: LakeDocument | null
  effects(): { apply: unknown[]; revert: unknown[] }
}

/** A subscriber of the hub: told about each transaction after its `position`, in order. */
export interface HubListener {
  /** Seq of the last transaction this listener has been told about. */
  position: number
  deliver(transaction: LakeTransaction, changes: DocumentChange[]): Promise<void>
}

const POLL_MS = 100
const BATCH = 200

/**
 * Follows the lake's transaction log (written by any process on the same SQLite file) and
 * hands every new transaction, with the before/after state of each document it touched, to the
 * listeners. All work runs on one promise chain, so events leave in log order.
 */
export class ListenHub {
  private readonly listeners = new Set<HubListener>()
  private cursor: number
  private queue: Promise<void> = Promise.resolve()
  private readonly timer: NodeJS.Timeout

  constructor(private readonly lake: Lake) {
    this.cursor = lake.headSeq()
    // One indexed max(seq) read per tick while nothing changes.
    this.timer = setInterval(() => {
      if (this.listeners.size > 0 && this.lake.headSeq() > this.cursor)
        this.enqueue(() => this.poll())
    }, POLL_MS)
    this.timer.unref()
  }

  /** Seq of the newest transaction the hub has seen. */
  get head(): number {
    return this.cursor
  }

  /** Adds a listener; transactions between its `position` and the hub's head are replayed first. */
  add(listener: HubListener): void {
    this.enqueue(async () => {
      await this.catchUp(listener, this.cursor)
      this.listeners.add(listener)
    })
  }

  remove(listener: HubListener): void {
    this.listeners.delete(listener)
  }

  close(): void {
    clearInterval(this.timer)
    this.listeners.clear()
  }

  private enqueue(work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch((error) => console.error('[lake-api] listen', error))
  }

  private async poll(): Promise<void> {
    for (;;) {
      const batch = this.lake.transactionsSince(this.cursor, BATCH)
      for (const transaction of batch) {
        const changes = this.changesOf(transaction)
        for (const listener of [...this.listeners]) {
          if (transaction.seq <= listener.position) continue
          await listener.deliver(transaction, changes)
          listener.position = transaction.seq
        }
        this.cursor = transaction.seq
      }
      if (batch.length < BATCH) return
    }
  }

  private async catchUp(listener: HubListener, until: number): Promise<void> {
    while (listener.position < until) {
      const batch = this.lake.transactionsSince(listener.position, BATCH)
      if (batch.length === 0) return
      for (const transaction of batch) {
        if (transaction.seq > until) return
        await listener.deliver(transaction, this.changesOf(transaction))
        listener.position = transaction.seq
      }
    }
  }

  private changesOf(transaction: LakeTransaction): DocumentChange[] {
    return transaction.documentIds.map((id) => {
      const before =
        this.lake.revisions(id, { beforeSeq: transaction.seq, limit: 1, newestFirst: true })[0]
          ?.document ?? null
      const after =
        this.lake.revisions(id, {
          afterSeq: transaction.seq - 1,
          beforeSeq: transaction.seq + 1,
        })[0]?.document ?? null
      let effects: ReturnType<typeof mendozaEffects> | undefined
      return { id, before, after, effects: () => (effects ??= mendozaEffects(before, after)) }
    })
  }
}

/** The mutations of a transaction that address `id` (as the listener's `mutations`). */
export function mutationsFor(transaction: LakeTransaction, id: string): LakeMutation[] {
  return transaction.mutations.filter((mutation) => {
    if ('create' in mutation) return mutation.create._id === id
    if ('createIfNotExists' in mutation) return mutation.createIfNotExists._id === id
    if ('createOrReplace' in mutation) return mutation.createOrReplace._id === id
    if ('delete' in mutation) return mutation.delete.id === id
    return mutation.patch.id === id
  })
}
