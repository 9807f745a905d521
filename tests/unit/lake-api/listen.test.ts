import type { MutationEvent } from '@sanity/client'
import { applyPatch } from 'mendoza'
import { firstValueFrom, filter, take, toArray } from 'rxjs'
import { describe, expect, it } from 'vitest'

import { clientFor, request, startApi } from './helpers'

describe('listen endpoint', () => {
  it('streams ordered mutation events whose revisions chain, with mendoza effects', async () => {
    const api = await startApi()
    const client = clientFor(api)
    await client.create({ _id: 'other', _type: 'organisation', name: 'Hors filtre' })
    const stream = client.listen(
      '*[_type == $type]',
      { type: 'person' },
      { includeResult: true, effectFormat: 'mendoza', events: ['welcome', 'mutation'] },
    )
    const welcome = firstValueFrom(stream.pipe(filter((event) => event.type === 'welcome')))
    const mutations = firstValueFrom(
      stream.pipe(
        filter((event): event is MutationEvent => event.type === 'mutation'),
        take(5),
        toArray(),
      ),
    )
    await welcome
    await client.create({ _id: 'p', _type: 'person', name: 'Un' })
    await client
      .patch('p')
      .set({ name: 'Deux', bio: [{ _key: 'k', text: 'x' }] })
      .commit()
    await client.patch('other').set({ name: 'Toujours hors filtre' }).commit()
    await client.patch('p').set({ _type: 'organisation' }).commit()
    await client.createOrReplace({ _id: 'p', _type: 'person', name: 'Trois' })
    await client.delete('p')
    const events = await mutations
    expect(events.map((event) => event.transition)).toEqual([
      'appear',
      'update',
      'disappear',
      'appear',
      'disappear',
    ])
    // Each event continues from the previous one's revision, except after a disappearance.
    for (let i = 1; i < events.length; i++) {
      expect(events[i]?.previousRev).toBe(events[i - 1]?.resultRev)
    }
    let doc: Record<string, unknown> | null = null
    for (const event of events) {
      expect(event).toMatchObject({
        documentId: 'p',
        eventId: `${event.transactionId}#p`,
        identity: 'local-editor',
        visibility: 'query',
        transactionTotalEvents: 1,
        transactionCurrentEvent: 0,
      })
      doc = applyPatch(doc, event.effects?.apply ?? [])
      if (event.result) expect({ ...doc, _rev: event.resultRev }).toEqual(event.result)
    }
    expect(doc).toBeNull()
    expect(events[1]?.result).toMatchObject({ name: 'Deux' })
  })

  it('numbers the events of a multi-document transaction', async () => {
    const api = await startApi()
    const client = clientFor(api)
    const stream = client.listen('*', {}, { events: ['welcome', 'mutation'], includeResult: false })
    const welcome = firstValueFrom(stream.pipe(filter((event) => event.type === 'welcome')))
    const events = firstValueFrom(
      stream.pipe(
        filter((event): event is MutationEvent => event.type === 'mutation'),
        take(2),
        toArray(),
      ),
    )
    await welcome
    await client
      .transaction()
      .create({ _id: 'a', _type: 't' })
      .create({ _id: 'b', _type: 't' })
      .commit()
    const [first, second] = await events
    expect(first).toMatchObject({ transactionTotalEvents: 2, transactionCurrentEvent: 0 })
    expect(second).toMatchObject({ transactionTotalEvents: 2, transactionCurrentEvent: 1 })
    expect(first?.transactionId).toBe(second?.transactionId)
    expect(first).not.toHaveProperty('result')
  })

  it('answers a bad filter with channelError', async () => {
    const api = await startApi()
    const error = await firstValueFrom(clientFor(api).listen('*[_type == ')).catch(
      (caught: unknown) => caught,
    )
    expect(error).toMatchObject({ name: 'ChannelError' })
    const response = await request(api, '/v1/data/listen/production?query=*%5B')
    expect(await response.text()).toContain('event: channelError')
  })
})
