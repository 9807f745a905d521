import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { sanityCommentStore } from '@/lib/comments/store-sanity'
import { CONTENT_LAKE_MAX_RETRIES, CONTENT_LAKE_TIMEOUT_MS } from '@/lib/content/client-config'
import { queryContentLake } from '@/lib/content/sanity'
import { parseEnv } from '@/lib/env/schema'

/*
 * The site's Content Lake clients against a local stand-in (SANITY_API_HOST) that fails on
 * command: reads are retried a bounded number of times, writes never, and a hung API is given
 * up after CONTENT_LAKE_TIMEOUT_MS instead of @sanity/client's five minutes.
 */

type Mode = '503' | 'hang'
let mode: Mode = '503'
const seen: string[] = []
const hung: ServerResponse[] = []

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  seen.push(`${req.method} ${req.url?.split('?')[0]}`)
  req.resume()
  if (mode === 'hang') return void hung.push(res)
  res.writeHead(503, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ error: 'Service Unavailable' }))
})

let env: ReturnType<typeof parseEnv>

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  env = parseEnv({
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'kiosque-test',
    SANITY_API_HOST: `http://127.0.0.1:${port}/`,
    SANITY_API_WRITE_TOKEN: 'jeton-de-test',
  })
})

afterAll(async () => {
  for (const res of hung) res.destroy()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  seen.length = 0
  mode = '503'
})

function sanityEnv() {
  if (env.mode !== 'sanity') throw new Error('expected the Sanity mode')
  return env
}

describe('Content Lake clients', () => {
  it('read SANITY_API_HOST without a trailing slash', () => {
    expect(sanityEnv().apiHost).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it('retry a failing read a bounded number of times, then fail', async () => {
    await expect(queryContentLake(sanityEnv(), '*[0]', {}, 'published')).rejects.toThrow()
    expect(seen).toHaveLength(1 + CONTENT_LAKE_MAX_RETRIES)
    expect(seen.every((line) => line.startsWith('GET /v'))).toBe(true)
  })

  it('never retry a write, so a comment is not sent twice', async () => {
    const store = sanityCommentStore(sanityEnv())
    await expect(
      store.setVotes('comment.00000000-0000-0000-0000-000000000000', 1),
    ).rejects.toThrow()
    expect(seen).toEqual([expect.stringMatching(/^POST \/v.*\/data\/mutate\//)])
  })

  it('give up on a hung API after the timeout', async () => {
    mode = 'hang'
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const settled = vi.fn()
      const request = queryContentLake(sanityEnv(), '*[1]', {}, 'published').then(
        () => settled('resolved'),
        (error: Error) => settled(error.name),
      )
      // Polled on setImmediate: vi.waitFor would move the fake clock while waiting.
      while (seen.length === 0) await new Promise((resolve) => setImmediate(resolve))
      await vi.advanceTimersByTimeAsync(CONTENT_LAKE_TIMEOUT_MS - 1)
      expect(settled).not.toHaveBeenCalled()
      await vi.advanceTimersByTimeAsync(2)
      await vi.waitFor(() => expect(settled).toHaveBeenCalledWith('TimeoutError'), {
        interval: 5,
      })
      await request
      // A timeout is not retried: the read may still run upstream.
      expect(seen).toHaveLength(1)
    } finally {
      vi.useRealTimers()
    }
    expect(CONTENT_LAKE_TIMEOUT_MS).toBeLessThanOrEqual(10_000)
  })
})
