import { createClient } from 'redis'

/** When a tag was last made stale and when it expires (milliseconds since the epoch). */
export interface TagState {
  stale?: number
  expired?: number
}

export interface TagStoreOptions {
  /** `redis://host:port/db`. */
  url: string
  /** Prefix of every key and of the channel, so that sites can share one Redis. */
  prefix?: string
  /**
   * Longest time a process may answer from its copy of the tags without asking Redis whether
   * anything changed. Changes are also pushed on a channel, so this only bounds how late a
   * process that missed a message can be.
   */
  maxLagMs?: number
  /** Clock, injectable for tests. */
  now?: () => number
  /** Listen to announcements (default). Without, changes are seen by polling only. */
  subscribe?: boolean
  /** Called with every tag state read from Redis, so the host can apply it to its own table. */
  onState?: (tag: string, state: TagState) => void
}

/**
 * Tag revalidation times shared by every instance of a site. Each process keeps a copy of the
 * whole table (a few hundred tags at most: content, comments per article) and refreshes it when
 * a revalidation is announced on the channel, or at most `maxLagMs` after its last check. The
 * table itself is one Redis hash; a version counter tells whether the copy is current, so a
 * refresh costs one `GET` when nothing changed.
 */
export class TagStore {
  private readonly client: ReturnType<typeof createClient>
  private subscriber: ReturnType<typeof createClient> | undefined
  private readonly hashKey: string
  private readonly versionKey: string
  private readonly channel: string
  private readonly maxLagMs: number
  private readonly now: () => number
  private readonly onState: ((tag: string, state: TagState) => void) | undefined
  private readonly listens: boolean
  private readonly states = new Map<string, TagState>()
  private version = -1
  private checkedAt = 0
  private connecting: Promise<void> | undefined
  private refreshing: Promise<void> | undefined

  constructor(options: TagStoreOptions) {
    const prefix = options.prefix ?? 'next-cache'
    this.hashKey = `${prefix}:tags`
    this.versionKey = `${prefix}:tags:version`
    this.channel = `${prefix}:tags:changed`
    this.maxLagMs = options.maxLagMs ?? 1000
    this.now = options.now ?? Date.now
    this.onState = options.onState
    this.listens = options.subscribe ?? true
    this.client = createClient({ url: options.url })
    this.client.on('error', (error: unknown) => {
      console.error('[cache] Redis (tags):', error instanceof Error ? error.message : error)
    })
  }

  /** Connects once; every other method awaits it. */
  connect(): Promise<void> {
    this.connecting ??= (async () => {
      await this.client.connect()
      if (this.listens) await this.listen()
      await this.load()
    })()
    return this.connecting
  }

  private async listen(): Promise<void> {
    const subscriber = this.client.duplicate()
    subscriber.on('error', (error: unknown) => {
      console.error('[cache] Redis (abonnement):', error instanceof Error ? error.message : error)
    })
    await subscriber.connect()
    await subscriber.subscribe(this.channel, () => {
      this.checkedAt = 0
      void this.refresh()
    })
    this.subscriber = subscriber
  }

  /** Brings the local copy up to date when it may be behind (cheap when it is not). */
  async refresh(): Promise<void> {
    await this.connect()
    if (this.now() - this.checkedAt < this.maxLagMs) return
    this.refreshing ??= this.load().finally(() => {
      this.refreshing = undefined
    })
    await this.refreshing
  }

  /** The state of a tag in the local copy. */
  get(tag: string): TagState | undefined {
    return this.states.get(tag)
  }

  /** Latest expiry among `tags` (0 when none was ever expired). */
  expiration(tags: readonly string[]): number {
    let latest = 0
    for (const tag of tags) latest = Math.max(latest, this.states.get(tag)?.expired ?? 0)
    return latest
  }

  /** True when one of `tags` expired after `timestamp` (and the expiry has come). */
  expiredSince(tags: readonly string[], timestamp: number): boolean {
    const now = this.now()
    return tags.some((tag) => {
      const expired = this.states.get(tag)?.expired
      return expired !== undefined && expired > timestamp && expired <= now
    })
  }

  /** True when one of `tags` was made stale after `timestamp`. */
  staleSince(tags: readonly string[], timestamp: number): boolean {
    return tags.some((tag) => (this.states.get(tag)?.stale ?? 0) > timestamp)
  }

  /**
   * Records a revalidation of `tags` for every instance, then announces it. Same rule as Next's
   * own table: with `durations`, stale now and expired after `durations.expire` seconds when
   * given; without, expired now.
   */
  async update(tags: readonly string[], durations?: { expire?: number }): Promise<void> {
    if (tags.length === 0) return
    await this.connect()
    const now = this.now()
    const entries: Record<string, string> = {}
    for (const tag of tags) {
      const state: TagState = { ...this.states.get(tag) }
      if (durations) {
        state.stale = now
        if (durations.expire !== undefined) state.expired = now + durations.expire * 1000
      } else {
        state.expired = now
      }
      this.states.set(tag, state)
      entries[tag] = JSON.stringify(state)
    }
    await this.client.multi().hSet(this.hashKey, entries).incr(this.versionKey).exec()
    await this.client.publish(this.channel, String(now))
  }

  async close(): Promise<void> {
    if (!this.connecting) return
    await this.connecting.catch(() => undefined)
    await Promise.allSettled([this.subscriber?.quit(), this.client.quit()])
  }

  private async load(): Promise<void> {
    const version = Number((await this.client.get(this.versionKey)) ?? 0)
    this.checkedAt = this.now()
    if (version === this.version) return
    const all = await this.client.hGetAll(this.hashKey)
    for (const [tag, raw] of Object.entries(all)) {
      const state = parseState(raw)
      if (!state) continue
      this.states.set(tag, state)
      this.onState?.(tag, state)
    }
    this.version = version
  }
}

function parseState(raw: string): TagState | undefined {
  try {
    const value: unknown = JSON.parse(raw)
    if (typeof value !== 'object' || value === null) return undefined
    const { stale, expired } = value as Record<string, unknown>
    return {
      stale: typeof stale === 'number' ? stale : undefined,
      expired: typeof expired === 'number' ? expired : undefined,
    }
  } catch {
    return undefined
  }
}

// On globalThis: Next imports the page cache handler and the `'use cache'` handler separately.
const STORES = Symbol.for('next-cache-redis.tag-stores')
const stores: Map<string, TagStore> =
  ((globalThis as Record<symbol, unknown>)[STORES] as Map<string, TagStore> | undefined) ??
  new Map()
;(globalThis as Record<symbol, unknown>)[STORES] = stores

/**
 * One store per Redis URL and prefix in a process: the `'use cache'` handler and the page cache
 * handler must read the same copy. The first caller's options (`onState`…) win.
 */
export function sharedTagStore(options: TagStoreOptions): TagStore {
  const key = `${options.url} ${options.prefix ?? ''}`
  let store = stores.get(key)
  if (!store) {
    store = new TagStore(options)
    stores.set(key, store)
  }
  return store
}
