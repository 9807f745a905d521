import { describe, expect, it } from 'vitest'

import { request, startApi } from './helpers'

describe('GET /data/live/events/:dataset', () => {
  it('opens a Live Content API stream that says welcome and stays open', async () => {
    const api = await startApi()
    const abort = new AbortController()
    const response = await request(api, '/v2025-02-19/data/live/events/production', {
      signal: abort.signal,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    const reader = response.body!.getReader()
    const first = new TextDecoder().decode((await reader.read()).value)
    expect(first).toContain('event: welcome')
    abort.abort()
  })

  it('answers 404 for another dataset', async () => {
    const api = await startApi()
    const response = await request(api, '/v2025-02-19/data/live/events/autre')
    expect(response.status).toBe(404)
  })
})
