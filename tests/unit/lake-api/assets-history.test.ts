import { describe, expect, it } from 'vitest'

import { png } from '../lake/helpers'
import { clientFor, request, startApi } from './helpers'

describe('assets', () => {
  it('deduplicates uploads by content and serves them where image-url looks', async () => {
    const api = await startApi()
    const client = clientFor(api)
    const first = await client.assets.upload('image', png(3, 2), { filename: 'portrait.png' })
    const again = await client.assets.upload('image', png(3, 2), { filename: 'autre.png' })
    expect(again._id).toBe(first._id)
    expect(first).toMatchObject({
      _type: 'sanity.imageAsset',
      _id: expect.stringMatching(/^image-[a-f0-9]{40}-3x2-png$/),
      url: expect.stringMatching(/^\/media\/images\/[a-f0-9]{40}-3x2\.png$/),
      metadata: { dimensions: { width: 3, height: 2 } },
    })
    expect(await client.fetch('count(*[_type == "sanity.imageAsset"])')).toBe(1)
    const file = String(first.url).split('/').pop()
    const served = await request(api, `/images/kiosque-local/production/${file}?w=100&auto=format`)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await served.arrayBuffer())).toEqual(png(3, 2))
    expect((await request(api, '/images/kiosque-local/production/../../lake.db')).status).toBe(404)
    const pdf = await client.assets.upload('file', Buffer.from('%PDF-1.4'), { filename: 'cv.pdf' })
    expect(pdf).toMatchObject({
      _type: 'sanity.fileAsset',
      extension: 'pdf',
      mimeType: 'application/pdf',
    })
    const refused = await client.assets
      .upload('image', Buffer.from('pas une image'))
      .catch((caught: unknown) => caught)
    expect(refused).toMatchObject({ statusCode: 400 })
  })
})

describe('history', () => {
  it('lists transactions as NDJSON and returns documents at a revision', async () => {
    const api = await startApi()
    const client = clientFor(api)
    const v1 = await client.create({ _id: 'drafts.a', _type: 'article', title: 'Un' })
    const v2 = await client.patch('drafts.a').set({ title: 'Deux' }).commit()
    await client.create({ _id: 'ailleurs', _type: 'article' })
    const publish = await client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.a',
      publishedId: 'a',
    })
    const base = '/v2025-02-19/data/history/production'
    const response = await request(
      api,
      `${base}/transactions/a,drafts.a?effectFormat=mendoza&excludeContent=true&includeIdentifiedDocumentsOnly=true&reverse=true&limit=50`,
    )
    expect(response.headers.get('content-type')).toContain('application/x-ndjson')
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((line) => line.id)).toEqual([publish.transactionId, v2._rev, v1._rev])
    expect(lines[0]).toMatchObject({
      author: 'local-editor',
      documentIDs: expect.arrayContaining(['a', 'drafts.a']),
      effects: { a: { apply: expect.any(Array) }, 'drafts.a': { revert: expect.any(Array) } },
    })
    expect(lines[0]).not.toHaveProperty('mutations')
    const older = await request(
      api,
      `${base}/transactions/drafts.a?toTransaction=${v2._rev}&reverse=true`,
    )
    const olderIds = (await older.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).id)
    expect(olderIds).toEqual([v2._rev, v1._rev])
    const withMutations = await request(api, `${base}/transactions/drafts.a?limit=1`)
    expect(JSON.parse(await withMutations.text()).mutations).toEqual([
      { create: expect.objectContaining({ _id: 'drafts.a', title: 'Un' }) },
    ])

    const at = async (query: string) =>
      (await (await request(api, `${base}/documents/a,drafts.a?${query}`)).json()).documents
    expect(await at(`revision=${v1._rev}`)).toEqual([
      expect.objectContaining({ _id: 'drafts.a', title: 'Un' }),
    ])
    expect(await at(`revision=${publish.transactionId}`)).toEqual([
      expect.objectContaining({ _id: 'a', title: 'Deux', _rev: publish.transactionId }),
    ])
    expect(await at('lastRevision=true')).toEqual([
      expect.objectContaining({ _id: 'a' }),
      expect.objectContaining({ _id: 'drafts.a', title: 'Deux' }),
    ])
    expect((await request(api, `${base}/documents/a?revision=inconnue`)).status).toBe(404)
  })
})
