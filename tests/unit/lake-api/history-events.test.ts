import { describe, expect, it } from 'vitest'

import { clientFor, request, startApi } from './helpers'

const base = '/v2025-02-19/data/history/production'

/** Lines of an NDJSON history answer. */
async function ndjson(response: Response): Promise<Array<Record<string, unknown>>> {
  const text = (await response.text()).trim()
  return text ? text.split('\n').map((line) => JSON.parse(line)) : []
}

describe('history events (the Studio 6.9 history panel)', () => {
  it('lists the group events newest first, pages them, and lets an old revision be restored', async () => {
    const api = await startApi()
    const client = clientFor(api)
    const act = (action: Record<string, unknown>) => client.action(action as never)
    const edit = (title: string) =>
      act({
        actionType: 'sanity.action.document.edit',
        draftId: 'drafts.a',
        publishedId: 'a',
        patch: { set: { title } },
      })
    const publish = () =>
      act({ actionType: 'sanity.action.document.publish', draftId: 'drafts.a', publishedId: 'a' })
    const created = await act({
      actionType: 'sanity.action.document.create',
      publishedId: 'a',
      attributes: { _id: 'drafts.a', _type: 'article', title: 'Un' },
    })
    const firstEdit = await edit('Deux')
    const firstPublish = await publish()
    // Editing a published document creates its draft again, from the published one.
    const recreated = await edit('Trois')
    const secondPublish = await publish()
    const drafted = await edit('Brouillon jeté')
    const discard = await act({ actionType: 'sanity.action.document.discard', draftId: 'drafts.a' })
    const unpublish = await act({
      actionType: 'sanity.action.document.unpublish',
      draftId: 'drafts.a',
      publishedId: 'a',
    })
    await client.create({ _id: 'ailleurs', _type: 'article' })

    const response = await request(api, `${base}/events/documents/drafts.a?limit=100`)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.nextCursor).toBe('')
    const events = body.events['drafts.a']
    expect(events.map((event: { type: string }) => event.type)).toEqual([
      'unpublishDocument',
      'deleteDocumentVersion',
      'createDocumentVersion',
      'publishDocumentVersion',
      'createDocumentVersion',
      'publishDocumentVersion',
      'createDocumentVersion',
    ])
    expect(events[3]).toMatchObject({
      documentId: 'a',
      versionId: 'drafts.a',
      revisionId: secondPublish.transactionId,
      versionRevisionId: recreated.transactionId,
      publishCause: 'document.publish',
      author: 'local-editor',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
    expect(events[5]).toMatchObject({
      revisionId: firstPublish.transactionId,
      versionRevisionId: firstEdit.transactionId,
    })
    expect(events[6]).toMatchObject({ versionRevisionId: created.transactionId })
    expect(events[4]).toMatchObject({ versionRevisionId: recreated.transactionId })
    expect(events[2]).toMatchObject({ versionRevisionId: drafted.transactionId })
    expect(events[1]).toMatchObject({ versionRevisionId: discard.transactionId })
    expect(events[0]).toMatchObject({ versionRevisionId: unpublish.transactionId })

    // Paged with an opaque cursor, as « load more » does.
    const page = await (await request(api, `${base}/events/documents/a?limit=4`)).json()
    expect(page.events.a).toHaveLength(4)
    const rest = await (
      await request(api, `${base}/events/documents/a?limit=4&nextCursor=${page.nextCursor}`)
    ).json()
    expect(rest.events.a.map((event: { type: string }) => event.type)).toEqual([
      'createDocumentVersion',
      'publishDocumentVersion',
      'createDocumentVersion',
    ])
    expect(rest.nextCursor).toBe('')

    // The Studio's edit events: the transactions of the draft from an event's versionRevisionId.
    const edits = await ndjson(
      await request(
        api,
        `${base}/transactions/drafts.a?fromTransaction=${created.transactionId}&toTransaction=${firstPublish.transactionId}&effectFormat=mendoza&excludeContent=true&includeIdentifiedDocumentsOnly=true`,
      ),
    )
    expect(edits.map((line) => line.id)).toEqual([
      created.transactionId,
      firstEdit.transactionId,
      firstPublish.transactionId,
    ])

    // « Revert to this revision » on the first publish: the Studio reads the group at the draft's
    // revision, checks `_rev`, then replaces the draft with it through the Actions API.
    const at = await (
      await request(api, `${base}/documents/a,drafts.a?revision=${firstEdit.transactionId}`)
    ).json()
    const old = at.documents.find((doc: { _id: string }) => doc._id === 'drafts.a')
    expect(old).toMatchObject({ title: 'Deux', _rev: firstEdit.transactionId })
    await act({
      actionType: 'sanity.action.document.replaceDraft',
      publishedId: 'a',
      attributes: { ...old, _id: 'drafts.a' },
    })
    expect(await client.getDocument('drafts.a')).toMatchObject({ title: 'Deux' })
  })

  it('answers an empty list for unknown documents and refuses lists of ids', async () => {
    const api = await startApi()
    const empty = await (await request(api, `${base}/events/documents/inconnu`)).json()
    expect(empty).toEqual({ events: { inconnu: [] }, nextCursor: '' })
    expect((await request(api, `${base}/events/documents/a,b`)).status).toBe(400)
    expect((await request(api, `${base}/events/documents/a?limit=0`)).status).toBe(400)
  })
})
