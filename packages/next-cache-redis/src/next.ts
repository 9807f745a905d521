import { createRequire } from 'node:module'

import type { CacheHandler as UseCacheHandler } from 'next/dist/server/lib/cache-handlers/types'
import type { CacheHandler as PageCacheHandler } from 'next/dist/server/lib/incremental-cache'

import { sharedTagStore, type TagState, type TagStore } from './tags.ts'

// Next's own storage and tag table, reused as they are: the page cache on disk and in memory,
// the `'use cache'` LRU, and the table both consult to decide whether an entry is stale. This
// package only keeps that table in step across processes. The modules are internal to Next,
// whose version is pinned exactly; tests/unit/cache exercises them for real.
const require = createRequire(import.meta.url)
const { tagsManifest } =
  require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as {
    tagsManifest: Map<string, TagState>
  }
const { default: FileSystemCache } =
  require('next/dist/server/lib/incremental-cache/file-system-cache.js') as typeof import('next/dist/server/lib/incremental-cache/file-system-cache.js')
const { createDefaultCacheHandler } = require('next/dist/server/lib/cache-handlers/default.js') as {
  createDefaultCacheHandler: (maxSize: number) => UseCacheHandler
}

/** Applies a state read from Redis to Next's table, keeping whichever time is later. */
export function applyToNext(tag: string, state: TagState): void {
  const local = tagsManifest.get(tag) ?? {}
  const merged: TagState = { ...local }
  if (state.stale !== undefined) merged.stale = Math.max(local.stale ?? 0, state.stale)
  if (state.expired !== undefined) merged.expired = Math.max(local.expired ?? 0, state.expired)
  tagsManifest.set(tag, merged)
}

/** The process's tag store, from `REDIS_URL` (and `NEXT_CACHE_REDIS_PREFIX`). */
export function storeFromEnv(env: NodeJS.ProcessEnv = process.env): TagStore {
  const url = env.REDIS_URL
  if (!url) throw new Error('REDIS_URL est requis pour le cache partagé.')
  return sharedTagStore({
    url,
    prefix: env.NEXT_CACHE_REDIS_PREFIX || undefined,
    onState: applyToNext,
  })
}

/**
 * The `'use cache'` handler (`cacheHandlers.default`): Next's in-memory LRU, with tag
 * revalidations shared through Redis. `refreshTags` runs once per request before the first
 * cached read, so an entry invalidated by another instance is never served past `maxLagMs`.
 */
export function createUseCacheHandler(
  store: TagStore,
  maxSize = 50 * 1024 * 1024,
): UseCacheHandler {
  const base = createDefaultCacheHandler(maxSize)
  return {
    get: (cacheKey, softTags) => base.get(cacheKey, softTags),
    set: (cacheKey, pendingEntry) => base.set(cacheKey, pendingEntry),
    async refreshTags() {
      await store.refresh()
    },
    getExpiration: (tags) => base.getExpiration(tags),
    async updateTags(tags, durations) {
      await base.updateTags(tags, durations)
      await store.update(tags, durations)
    },
  }
}

/** A page cache handler class: Next's file-system cache or a subclass of it. */
// A mixin's base must be constructible with any arguments (TypeScript's rule for mixins).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PageCacheClass = new (...args: any[]) => InstanceType<typeof FileSystemCache>

/**
 * Next's file-system page cache (prerendered pages, then renders kept on disk and in memory),
 * whose tag checks see revalidations from every instance: `Base` is Next's class or a subclass
 * of it (a site may add its own behaviour on top, in either order).
 */
export function withSharedTags<T extends PageCacheClass>(Base: T, store: () => TagStore): T {
  return class SharedTagsPageCache extends Base {
    override async get(...args: Parameters<PageCacheHandler['get']>) {
      await store().refresh()
      return super.get(...args)
    }

    override async revalidateTag(tags: string | string[], durations?: { expire?: number }) {
      await super.revalidateTag(tags, durations)
      await store().update(typeof tags === 'string' ? [tags] : tags, durations)
    }
  }
}

export { FileSystemCache }
