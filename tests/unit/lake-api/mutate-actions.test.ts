import { describe, expect, it } from 'vitest'

import { clientFor, request, startApi } from './helpers'

describe('mutate endpoint', () => {
  it('creates, patches and commits transactions', async () => {
    const api = await startApi()
    const client = clientFor(api)
    const created = await client.create({ _id: 'p1', _type: 'person', name: 'Léa', tags: ['a'] })
    expect(created).toMatchObject({ _id: 'p1', name: 'Léa', _rev: expect.any(String) })
    const patched = await client
      .patch('p1')
      .set({ name: 'Léa Martin' })
      .inc({ views: 1 })
      .setIfMissing({ views: 0 })
      .insert('after', 'tags[-1]', ['b'])
      .commit()
    expect(patched).toMatchObject({ name: 'Léa Martin', views: 1, tags: ['a', 'b'] })
    const result = await client
      .transaction()
      .create({ _id: 'o1', _type: 'organisation', name: 'Numéria' })
      .patch('p1', (patch) => patch.unset(['tags']))
      .commit({ transactionId: 'tx-choisi' })
    expect(result.transactionId).toBe('tx-choisi')
    expect(result.results.map((item) => [item.id, item.operation])).toEqual([
      ['o1', 'create'],
      ['p1', 'update'],
    ])
    expect(await client.getDocument('p1')).not.toHaveProperty('tags')
    expect((await client.getDocument('o1'))?._rev).toBe('tx-choisi')
  })

  it('refuses a stale ifRevisionID with 409 and changes nothing', async () => {
    const api = await startApi()
    const client = clientFor(api)
    const first = await client.create({ _id: 'p1', _type: 'person', name: 'Avant' })
    await client.patch('p1').set({ name: 'Entre-temps' }).commit()
    const error = await client
      .patch('p1')
      .ifRevisionId(first._rev)
      .set({ name: 'Écrasé' })
      .commit()
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ statusCode: 409, details: { type: 'mutationError' } })
    expect((await client.getDocument('p1'))?.name).toBe('Entre-temps')
  })

  it('validates bodies and bounds their size', async () => {
    const api = await startApi()
    const post = (body: string) =>
      request(api, '/v2025-02-19/data/mutate/production', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
    const invalid = await post(JSON.stringify({ mutations: [{ explode: {} }] }))
    expect(invalid.status).toBe(400)
    expect((await invalid.json()).error.type).toBe('validationError')
    expect((await post('{nope')).status).toBe(400)
    const huge = JSON.stringify({ mutations: [{ create: { _type: 'x', blob: 'a'.repeat(9e6) } }] })
    expect((await post(huge)).status).toBe(413)
  })
})

describe('actions endpoint', () => {
  it('edits, publishes, unpublishes and discards like the Actions API', async () => {
    const api = await startApi()
    const client = clientFor(api)
    await client.create({ _id: 'art', _type: 'article', title: 'Titre' })
    const ids = { draftId: 'drafts.art', publishedId: 'art' }
    // An edit on a missing draft starts it from the published document.
    await client.action({
      actionType: 'sanity.action.document.edit',
      ...ids,
      patch: { set: { title: 'Nouveau titre' } },
    })
    expect(await client.getDocument('drafts.art')).toMatchObject({ title: 'Nouveau titre' })
    expect((await client.getDocument('art'))?.title).toBe('Titre')
    const published = await client.action({ actionType: 'sanity.action.document.publish', ...ids })
    expect(published.transactionId).toEqual(expect.any(String))
    expect(await client.getDocument('drafts.art')).toBeUndefined()
    expect(await client.getDocument('art')).toMatchObject({
      title: 'Nouveau titre',
      _rev: published.transactionId,
    })
    await client.action({ actionType: 'sanity.action.document.unpublish', ...ids })
    expect(await client.getDocument('art')).toBeUndefined()
    expect(await client.getDocument('drafts.art')).toMatchObject({ title: 'Nouveau titre' })
    await client.action({ actionType: 'sanity.action.document.discard', draftId: 'drafts.art' })
    expect(await client.getDocuments(['art', 'drafts.art'])).toEqual([null, null])
  })

  it('creates, replaces and deletes, refusing stale or impossible actions', async () => {
    const api = await startApi()
    const client = clientFor(api)
    await client.action({
      actionType: 'sanity.action.document.create',
      publishedId: 'p',
      attributes: { _id: 'drafts.p', _type: 'person', name: 'Nina' },
      ifExists: 'fail',
    })
    await client.action({
      actionType: 'sanity.action.document.replaceDraft',
      publishedId: 'p',
      attributes: { _id: 'drafts.p', _type: 'person', name: 'Nina R.' },
    })
    expect((await client.getDocument('drafts.p'))?.name).toBe('Nina R.')
    const stale = await client
      .action({
        actionType: 'sanity.action.document.publish',
        draftId: 'drafts.p',
        publishedId: 'p',
        ifDraftRevisionId: 'ancienne',
      })
      .catch((caught: unknown) => caught)
    expect(stale).toMatchObject({ statusCode: 409, details: { type: 'actionError' } })
    const missing = await client
      .action({ actionType: 'sanity.action.document.discard', draftId: 'drafts.zz' })
      .catch((caught: unknown) => caught)
    expect(missing).toMatchObject({ statusCode: 409 })
    await client.action({
      actionType: 'sanity.action.document.delete',
      publishedId: 'p',
      includeDrafts: ['drafts.p'],
    })
    expect(await client.getDocuments(['p', 'drafts.p'])).toEqual([null, null])
  })
})
