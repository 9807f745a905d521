import { describe, expect, it } from 'vitest'

import { clientFor, request, startApi } from './helpers'

describe('query and doc endpoints through @sanity/client', () => {
  it('fetches with params in each perspective', async () => {
    const api = await startApi()
    const client = clientFor(api)
    await client.create({ _id: 'a', _type: 'person', name: 'Alice' })
    await client.create({ _id: 'drafts.a', _type: 'person', name: 'Alice (brouillon)' })
    await client.create({ _id: 'drafts.b', _type: 'person', name: 'Bruno' })
    const query = '*[_type == $type] | order(_id) { _id, name }'
    const params = { type: 'person' }
    expect(await client.fetch(query, params, { perspective: 'published' })).toEqual([
      { _id: 'a', name: 'Alice' },
    ])
    expect(await client.fetch(query, params, { perspective: 'drafts' })).toEqual([
      { _id: 'a', name: 'Alice (brouillon)' },
      { _id: 'b', name: 'Bruno' },
    ])
    expect(await client.fetch(query, params, { perspective: 'raw' })).toEqual([
      { _id: 'a', name: 'Alice' },
      { _id: 'drafts.a', name: 'Alice (brouillon)' },
      { _id: 'drafts.b', name: 'Bruno' },
    ])
    const raw = await client.fetch('count(*)', {}, { filterResponse: false })
    expect(raw).toMatchObject({ query: 'count(*)', result: 1 })
    expect(typeof raw.ms).toBe('number')
  })

  it('answers POST queries and reports parse errors like Content Lake', async () => {
    const api = await startApi()
    const response = await request(api, '/v2025-02-19/data/query/production', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '*[_id == $id][0]', params: { id: 'none' } }),
    })
    expect(await response.json()).toMatchObject({ result: null })
    const client = clientFor(api)
    const error = await client.fetch('*[_type == ').catch((caught: unknown) => caught)
    expect(error).toMatchObject({ statusCode: 400, details: { type: 'queryParseError' } })
  })

  it('returns documents by id and lists the missing ones', async () => {
    const api = await startApi()
    const client = clientFor(api)
    await client.create({ _id: 'a', _type: 'note' })
    expect(await client.getDocument('a')).toMatchObject({ _id: 'a', _type: 'note' })
    expect(await client.getDocuments(['missing', 'a'])).toMatchObject([null, { _id: 'a' }])
    const body = await (await request(api, '/v1/data/doc/production/a,zz')).json()
    expect(body.omitted).toEqual([{ id: 'zz', reason: 'existence' }])
  })

  it('answers 404 for another dataset and cloud-only endpoints', async () => {
    const api = await startApi()
    expect((await request(api, '/v1/data/query/other?query=*')).status).toBe(404)
    expect((await request(api, '/v1/journey/projects')).status).toBe(404)
    expect((await request(api, '/v2025-02-19/features')).status).toBe(404)
  })
})
