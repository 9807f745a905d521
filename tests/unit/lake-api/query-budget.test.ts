import { describe, expect, it } from 'vitest'

import { openLake } from '@/lib/lake'

import { tempDir } from '../lake/helpers'
import { request, startApi } from './helpers'

const QUERY = '/v2025-02-19/data/query/production'

/** Three nested scans with `match`: n³ comparisons, seconds of CPU on a few hundred documents. */
const EXPENSIVE =
  '*[_type == "note"]{ "a": *[_type == "note" && text match ^.text]{ ' +
  '"b": *[_type == "note" && text match ^.text && ^.text match text] } }'

/** A lake of `count` notes with some words each. */
function notes(count: number): string {
  const dataDir = tempDir()
  const lake = openLake({ dataDir })
  lake.mutate(
    Array.from({ length: count }, (_, i) => ({
      create: { _id: `note-${i}`, _type: 'note', text: `note numéro ${i} sur ${i % 7} thème` },
    })),
  )
  lake.close()
  return dataDir
}

/** A GET query and how long it took from `started` (default: now). */
async function timed(api: { url: string }, query: string, started = performance.now()) {
  const response = await request(api as never, `${QUERY}?query=${encodeURIComponent(query)}`)
  const body = await response.json()
  return { status: response.status, body, ms: performance.now() - started }
}

describe('queries run within a time and size budget', () => {
  it('stops an expensive query with a clear error while a trivial one answers at once', async () => {
    const api = await startApi({ dataDir: notes(400), queries: { timeoutMs: 1_000 } })
    await api.warmQueries()
    expect((await timed(api, 'count(*)')).body.result).toBe(400)

    const expensive = timed(api, EXPENSIVE)
    // The API shares this process: its latency counts from when the query was due to leave,
    // so that an event loop held by the expensive query counts too.
    const due = performance.now() + 300
    await new Promise((resolve) => setTimeout(resolve, 300))
    const trivial = await timed(api, '*[_id == "note-3"][0].text', due)
    expect(trivial.status).toBe(200)
    expect(trivial.body.result).toBe('note numéro 3 sur 3 thème')
    expect(trivial.ms).toBeLessThan(500)

    const cut = await expensive
    expect(cut.status).toBe(408)
    expect(cut.body).toMatchObject({
      statusCode: 408,
      error: { type: 'queryTimeout', description: expect.stringContaining('1000 ms') },
    })
    expect(cut.ms).toBeLessThan(2_500)
    // The stopped thread is replaced: the API goes on answering.
    expect((await timed(api, 'count(*[_type == "note"])')).body.result).toBe(400)
  })

  it('refuses a result beyond the size cap', async () => {
    const api = await startApi({ dataDir: notes(50), queries: { maxResultChars: 1_000 } })
    const big = await timed(api, '*[_type == "note"]')
    expect(big.status).toBe(413)
    expect(big.body.error.type).toBe('queryResultTooLarge')
    expect((await timed(api, '*[_type == "note"][0..1]._id')).body.result).toHaveLength(2)
  })

  it('refuses absurd nesting and length before evaluating anything', async () => {
    const api = await startApi({ dataDir: notes(1) })
    const deep = await timed(api, `${'('.repeat(40)}1${')'.repeat(40)}`)
    expect(deep.status).toBe(400)
    expect(deep.body.error.type).toBe('queryTooComplex')
    const long = await request(api, QUERY, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `*[_id in [${'"x",'.repeat(30_000)}"y"]]` }),
    })
    expect(long.status).toBe(413)
    expect((await long.json()).error.type).toBe('queryTooLarge')
    // Brackets inside strings do not count.
    expect((await timed(api, `"${'('.repeat(40)}"`)).body.result).toBe('('.repeat(40))
  })
})
