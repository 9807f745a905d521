import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

import { NextRequest } from 'next/server'
import { parseBody } from 'next-sanity/webhook'
import { afterEach, describe, expect, it } from 'vitest'

import { openLake } from '@/lib/lake'

import { clientFor, startApi } from './helpers'

const SECRET = 'secret-de-revalidation-pour-les-tests-unitaires'

interface Received {
  body: unknown
  valid: boolean | null
}

const closers: (() => void)[] = []
afterEach(() => closers.splice(0).forEach((close) => close()))

/** A stand-in site: verifies each call with next-sanity's own `parseBody`, as the route does. */
async function fakeSite(): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = []
  const server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const request = new NextRequest('http://site/api/revalidate', {
      method: 'POST',
      headers: req.headers as Record<string, string>,
      body: Buffer.concat(chunks).toString('utf8'),
    })
    const parsed = await parseBody(request, SECRET, false)
    received.push({ body: parsed.body, valid: parsed.isValidSignature })
    res.writeHead(200).end('{}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closers.push(() => server.close())
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/api/revalidate`, received }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 600))

describe('revalidation after a publish', () => {
  it('calls the site, signed, for published changes only, whichever process wrote them', async () => {
    const site = await fakeSite()
    const api = await startApi({ revalidate: { url: site.url, secret: SECRET } })
    const client = clientFor(api)
    const ids = { draftId: 'drafts.entretien', publishedId: 'entretien' }
    await client.create({
      _id: ids.draftId,
      _type: 'article',
      headline: 'Brouillon',
      slug: { _type: 'slug', current: 'un-entretien' },
    })
    await settle()
    expect(site.received).toEqual([])

    await client.action({ actionType: 'sanity.action.document.publish', ...ids })
    await settle()
    expect(site.received).toEqual([
      { valid: true, body: { _type: 'article', _id: 'entretien', slug: 'un-entretien' } },
    ])

    // Another process on the same data directory (the site writing, an import…).
    const other = openLake({ dataDir: api.dataDir })
    closers.push(() => other.close())
    other.mutate([{ createOrReplace: { _id: 'personne-1', _type: 'person', name: 'Ada' } }])
    other.mutate([{ create: { _id: 'comment.abc', _type: 'comment', body: 'privé' } }])
    await settle()
    expect(site.received.slice(1)).toEqual([
      { valid: true, body: { _type: 'person', _id: 'personne-1', slug: null } },
    ])

    // A deletion still names the type it had.
    await client.delete('personne-1')
    await settle()
    expect(site.received[2]).toEqual({
      valid: true,
      body: { _type: 'person', _id: 'personne-1', slug: null },
    })
  })
})
