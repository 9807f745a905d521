import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { applyToNext, createUseCacheHandler } from '@/packages/next-cache-redis/src/next.ts'
import { TagStore } from '@/packages/next-cache-redis/src/tags.ts'
import { hasRedis, startRedis, type Service } from '@/tests/helpers/services'

function entry(tags: string[], timestamp: number) {
  return {
    value: new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('contenu'))
        controller.close()
      },
    }),
    tags,
    stale: 300,
    timestamp,
    expire: 3600,
    revalidate: 3600,
  }
}

async function until(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

// Skipped only on a developer's machine without redis-server; CI installs it (.ci/run).
describe.skipIf(!hasRedis && !process.env.CI)('tag revalidations shared through Redis', () => {
  let redis: Service
  const stores: TagStore[] = []
  const store = (options: Partial<ConstructorParameters<typeof TagStore>[0]> = {}) => {
    const created = new TagStore({ url: redis.url, prefix: `t${stores.length}`, ...options })
    stores.push(created)
    return created
  }

  beforeAll(async () => {
    redis = await startRedis()
  })
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()))
    await redis.stop()
  })

  it('pushes an expiry written by one process to another within moments', async () => {
    const a = store({ prefix: 'push' })
    const b = store({ prefix: 'push', maxLagMs: 60_000 })
    await Promise.all([a.connect(), b.connect()])
    expect(b.get('content')).toBeUndefined()

    await a.update(['content'], { expire: 0 })
    // b never polls within a minute: only the announcement can bring the change.
    await until(() => b.get('content')?.expired !== undefined)
    expect(b.get('content')?.expired).toBe(a.get('content')?.expired)
  })

  it('follows Next semantics: stale only unless an expiry is given, expired without durations', async () => {
    const a = store({ prefix: 'rules' })
    await a.update(['stale-only'], {})
    await a.update(['gone'])
    await a.update(['soon'], { expire: 60 })
    expect(a.get('stale-only')).toEqual({ stale: expect.any(Number) })
    expect(a.get('gone')?.expired).toEqual(expect.any(Number))
    const soon = a.get('soon')
    expect((soon?.expired ?? 0) - (soon?.stale ?? 0)).toBe(60_000)
  })

  it('catches up by polling, at most maxLagMs late, without announcements', async () => {
    let now = 1_000_000
    const a = store({ prefix: 'poll' })
    const late = store({ prefix: 'poll', subscribe: false, maxLagMs: 500, now: () => now })
    await Promise.all([a.connect(), late.connect()])
    await a.update(['comments:1'], { expire: 0 })
    now += 100
    await late.refresh()
    expect(late.get('comments:1')).toBeUndefined()
    now += 500
    await late.refresh()
    expect(late.get('comments:1')?.expired).toEqual(expect.any(Number))
  })

  it("makes another instance's 'use cache' entry a miss after a revalidation", async () => {
    const publisher = store({ prefix: 'next' })
    const reader = store({ prefix: 'next', onState: applyToNext })
    const handler = createUseCacheHandler(reader)
    await handler.refreshTags()

    await handler.set('article', Promise.resolve(entry(['content'], Date.now() - 10)))
    expect(await handler.get('article', [])).toBeDefined()

    await publisher.update(['content'], { expire: 0 })
    await new Promise((resolve) => setTimeout(resolve, 5))
    await until(() => reader.get('content') !== undefined)
    await handler.refreshTags()
    expect(await handler.get('article', [])).toBeUndefined()
    expect(await handler.getExpiration(['content'])).toBeGreaterThan(0)
  })
})
