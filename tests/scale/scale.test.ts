/**
 * Several stateless instances behind a caching proxy: nginx → two Kiosque instances (Sanity
 * mode, the lake API as Content Lake) → Redis for the shared cache tags. Every piece is a real
 * process started here and stopped after (tests/scale/cluster.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCluster, type Cluster } from './cluster'
import { lakeMutate } from './lake-client'

const ARTICLE_ID = 'article-3-questions-a-helene-varambon'
const ARTICLE_PATH = '/articles/3-questions-a-helene-varambon'

async function text(url: string): Promise<{ status: number; body: string; cache: string | null }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
  return {
    status: response.status,
    body: await response.text(),
    cache: response.headers.get('x-cache-status'),
  }
}

/** Polls `url` until its body contains `needle`; returns the time it took. */
async function shows(url: string, needle: string, withinMs: number): Promise<number> {
  const started = Date.now()
  for (;;) {
    const { body } = await text(url)
    if (body.includes(needle)) return Date.now() - started
    if (Date.now() - started > withinMs) {
      throw new Error(`${url} did not show « ${needle} » within ${withinMs} ms`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

describe('two instances behind nginx, sharing Redis', () => {
  let cluster: Cluster

  beforeAll(async () => {
    cluster = await startCluster({ build: !process.env.SCALE_NO_BUILD })
  }, 600_000)
  afterAll(async () => {
    await cluster?.stop()
  })

  it('shows a published headline on both instances and through nginx within 10 s', async () => {
    // Every view caches the article first, so each layer has something to invalidate.
    for (const base of [...cluster.instances.map((i) => i.url), cluster.nginxUrl]) {
      expect((await text(`${base}${ARTICLE_PATH}`)).status).toBe(200)
    }
    const headline = `Titre publié ${Date.now()}`
    await lakeMutate(cluster, [{ patch: { id: ARTICLE_ID, set: { headline } } }])
    for (const base of [...cluster.instances.map((i) => i.url), cluster.nginxUrl]) {
      await shows(`${base}${ARTICLE_PATH}`, headline, 10_000)
    }
  })

  it('keeps serving the cached article from nginx when every instance is down', async () => {
    const before = await text(`${cluster.nginxUrl}${ARTICLE_PATH}`)
    expect(before.status).toBe(200)
    await Promise.all(cluster.instances.map((instance) => cluster.stopInstance(instance)))
    // Past the page's s-maxage, so nginx has to fall back on its stale copy.
    await new Promise((resolve) => setTimeout(resolve, 6_000))
    const during = await text(`${cluster.nginxUrl}${ARTICLE_PATH}`)
    expect(during.status).toBe(200)
    expect(during.cache).toBe('STALE')
    expect(during.body).toContain('<h1')
    await Promise.all(cluster.instances.map((instance) => cluster.startInstance(instance)))
  })
})
