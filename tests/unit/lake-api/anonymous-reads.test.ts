import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { isPrivateId, openLake, type Lake, type LakeDocument } from '@/lib/lake'
import { ROUTES } from '@/lib/lake-api/server'
import { SIGN_IN_ROUTES } from '@/lib/lake-api/login'

import { png, tempDir } from '../lake/helpers'
import { accountToken, clientFor, request, startApi } from './helpers'

const SEED = path.resolve('content/demo/data.ndjson')
const V = '/v2025-02-19'
const DATA = `${V}/data`
const HISTORY = `${DATA}/history/production`

/** What an anonymous caller got back, and the private ids it named itself in the request. */
interface Answer {
  text: string
  asked?: string[]
}

/** Everything of the private documents that must never reach an anonymous caller. */
interface Secrets {
  ids: string[]
  strings: string[]
}

/** Ids, e-mails and long strings (bodies, names with e-mails…) found only in private documents. */
function secretsOf(documents: LakeDocument[]): Secrets {
  const privateDocs = documents.filter((doc) => isPrivateId(doc._id))
  const publicText = JSON.stringify(documents.filter((doc) => !isPrivateId(doc._id)))
  const strings = new Set<string>()
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      const escaped = JSON.stringify(value).slice(1, -1)
      const secret = value.includes('@') || (value.length >= 24 && !publicText.includes(escaped))
      if (secret) strings.add(escaped)
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(visit)
    }
  }
  privateDocs.forEach((doc) => visit({ ...doc, _id: undefined, _rev: undefined }))
  return { ids: privateDocs.map((doc) => doc._id), strings: [...strings] }
}

/** Reads a text/event-stream for `ms`, then hangs up. */
async function readStream(url: string, ms: number, headers: Record<string, string> = {}) {
  const controller = new AbortController()
  const response = await fetch(url, { signal: controller.signal, headers })
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  let text = ''
  const timer = setTimeout(() => controller.abort(), ms)
  try {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      text += decoder.decode(value)
    }
  } catch {
    // aborted: the stream stays open until then
  } finally {
    clearTimeout(timer)
  }
  return text
}

describe('an anonymous caller reads nothing private through any endpoint', () => {
  it('gets no private id, e-mail or comment text back, even from transactions mixing both', async () => {
    const dataDir = tempDir()
    // Public and private documents written in the same transactions: the demo seed (one
    // import), then an editor's transaction and one more mixed write while listening.
    const writer: Lake = openLake({ dataDir, seedFile: SEED })
    const mixed = writer.mutate(
      [
        { createOrReplace: { _id: 'siteSettings', _type: 'siteSettings', title: 'Kiosque' } },
        {
          create: {
            _id: 'comment.en-attente',
            _type: 'comment',
            authorName: 'Lectrice Discrète',
            authorEmail: 'lectrice.discrete@example.com',
            body: 'Un commentaire en attente que personne ne doit lire',
            status: 'pending',
          },
        },
        { create: { _id: 'drafts.comment.brouillon', _type: 'comment', body: 'Brouillon privé' } },
      ],
      { author: 'import' },
    )
    const api = await startApi({ dataDir })
    const editorToken = await accountToken(dataDir, 'editor')
    const editor = clientFor(api, { token: editorToken })
    const byEditor = await editor.mutate([
      { createOrReplace: { _id: 'article-essai', _type: 'article', title: 'Essai' } },
      {
        patch: {
          id: 'comment.en-attente',
          set: { moderatorNote: 'Adresse vérifiée : lectrice.discrete@example.com' },
        },
      },
    ])
    const editorId = (await editor.request<{ id: string }>({ url: '/users/me' })).id
    const raw = await writer.query<LakeDocument[]>('*', {}, { perspective: 'raw' })
    const secrets = secretsOf(raw)
    secrets.strings.push('editor@kiosque.example')
    expect(secrets.ids.length).toBeGreaterThan(40)
    expect(secrets.strings).toContain('lectrice.discrete@example.com')

    const publicIds = ['siteSettings', 'article-essai', 'article-3-questions-a-helene-varambon']
    const privateId = 'comment.en-attente'
    const get = async (url: string, init?: RequestInit): Promise<string> => {
      const response = await request(api, url, init)
      return response.text()
    }
    const post = (url: string, body: unknown) =>
      get(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    const image = raw.find((doc) => doc._type === 'sanity.imageAsset')
    const imageFile = String(image?.url ?? '')
      .split('/')
      .pop()
    const uploaded = await editor.assets.upload('file', Buffer.from('bonjour'), {
      filename: 'note.txt',
    })
    const txtFile = String(uploaded.url).split('/').pop()
    const queries = [
      '*',
      '*[_type == "comment"]{..., "e": authorEmail}',
      '*[_id in path("**")]',
      '*[_id == $id][0]',
      '*[_type == "article"]{..., "comments": *[references(^._id)]}',
      'count(*[_type == "comment"])',
    ]
    const perspectives = ['raw', 'published', 'drafts']

    const cases: Record<string, () => Promise<Answer>> = {
      'GET images/:project/:dataset/:file': async () => ({
        text: await get(`/images/kiosque-local/production/${imageFile}`),
      }),
      'GET files/:project/:dataset/:file': async () => ({
        text: await get(`/files/kiosque-local/production/${txtFile}`),
      }),
      'GET auth/fetch': async () => ({ text: await get(`${V}/auth/fetch?sid=${privateId}`) }),
      'GET auth/providers': async () => ({ text: await get(`${V}/auth/providers`) }),
      'GET auth/login': async () => ({ text: await get(`${V}/auth/login`) }),
      'POST auth/login': async () => ({
        text: await get(`${V}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'email=editor%40kiosque.example&password=faux',
        }),
      }),
      'GET auth/local': async () => ({ text: await get(`${V}/auth/local?token=${privateId}`) }),
      'POST auth/logout': async () => ({ text: await get(`${V}/auth/logout`, { method: 'POST' }) }),
      'GET data/live/events/:dataset': async () => ({
        text: await readStream(`${api.url}${DATA}/live/events/production`, 300),
      }),
      'GET data/query/:dataset': async () => {
        const answers = []
        for (const query of queries) {
          for (const perspective of perspectives) {
            const search = new URLSearchParams({
              query,
              perspective,
              $id: JSON.stringify(privateId),
            })
            answers.push(await get(`${DATA}/query/production?returnQuery=false&${search}`))
          }
        }
        return { text: answers.join('\n') }
      },
      'POST data/query/:dataset': async () => {
        const answers = []
        for (const query of queries) {
          for (const perspective of perspectives) {
            answers.push(
              await post(`${DATA}/query/production?returnQuery=false`, {
                query,
                params: { id: privateId },
                perspective,
              }),
            )
          }
        }
        return { text: answers.join('\n') }
      },
      'GET data/doc/:dataset/:ids': async () => ({
        text: await get(`${DATA}/doc/production/${[...publicIds, privateId].join(',')}`),
        asked: [privateId],
      }),
      'POST data/mutate/:dataset': async () => {
        const own = await post(`${DATA}/mutate/production?returnDocuments=true`, {
          mutations: [{ createOrReplace: { _id: 'note-publique', _type: 'note', n: 1 } }],
        })
        const refused = await post(`${DATA}/mutate/production?returnDocuments=true`, {
          mutations: [{ patch: { id: privateId, set: { status: 'approved' } } }],
        })
        return { text: `${own}\n${refused}`, asked: [privateId] }
      },
      'POST data/actions/:dataset': async () => {
        const refused = await post(`${DATA}/actions/production`, {
          actions: [
            {
              actionType: 'sanity.action.document.discard',
              draftId: 'drafts.comment.brouillon',
            },
          ],
        })
        return { text: refused, asked: ['drafts.comment.brouillon'] }
      },
      'GET data/listen/:dataset': async () => {
        const search = new URLSearchParams({
          query: '*',
          includeResult: 'true',
          includePreviousRevision: 'true',
          includeMutations: 'true',
          includeAllVersions: 'true',
          effectFormat: 'mendoza',
          enableResume: 'true',
        })
        const url = `${api.url}${DATA}/listen/production?${search}`
        // Resumed from the first transaction (the seed), then live while a mixed write lands.
        const replay = readStream(url, 1_500, { 'last-event-id': '1:0' })
        const live = readStream(url, 1_500)
        await new Promise((resolve) => setTimeout(resolve, 400))
        writer.mutate([
          { patch: { id: 'siteSettings', set: { title: 'Kiosque, encore' } } },
          { patch: { id: privateId, set: { status: 'spam' } } },
        ])
        return { text: `${await replay}\n${await live}` }
      },
      'GET data/history/:dataset/transactions/:ids': async () => {
        const answers = []
        for (const query of [
          '',
          'excludeContent=false',
          'effectFormat=mendoza',
          'includeIdentifiedDocumentsOnly=false&excludeMutations=false',
          `fromTransaction=${mixed.transactionId}&toTransaction=${byEditor.transactionId}`,
        ]) {
          answers.push(await get(`${HISTORY}/transactions/${publicIds.join(',')}?${query}`))
        }
        answers.push(await get(`${HISTORY}/transactions/${privateId}`))
        return { text: answers.join('\n'), asked: [privateId] }
      },
      'GET data/history/:dataset/documents/:ids': async () => {
        const ids = publicIds.join(',')
        const answers = [
          await get(`${HISTORY}/documents/${ids}?lastRevision=true`),
          await get(`${HISTORY}/documents/${ids}?revision=${mixed.transactionId}`),
          await get(`${HISTORY}/documents/${ids}?time=${new Date().toISOString()}`),
          await get(`${HISTORY}/documents/${privateId}?lastRevision=true`),
        ]
        return { text: answers.join('\n'), asked: [privateId] }
      },
      'GET data/history/:dataset/events/documents/:id': async () => {
        const answers = []
        for (const id of [...publicIds, privateId]) {
          answers.push(await get(`${HISTORY}/events/documents/${id}`))
        }
        return { text: answers.join('\n'), asked: [privateId] }
      },
      'POST assets/images/:dataset': async () => ({
        text: await get(`${V}/assets/images/production?filename=p.png`, {
          method: 'POST',
          body: new Uint8Array(png(2, 2, 7)),
        }),
      }),
      'POST assets/files/:dataset': async () => ({
        text: await get(`${V}/assets/files/production?filename=t.txt`, {
          method: 'POST',
          body: 'texte',
        }),
      }),
      'GET users/me': async () => ({ text: await get(`${V}/users/me`) }),
      'GET users/me/keyvalue/:keys': async () => ({
        text: await get(`${V}/users/me/keyvalue/studio.a,studio.b`),
      }),
      'PUT users/me/keyvalue': async () => ({
        text: await get(`${V}/users/me/keyvalue`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify([{ key: 'studio.a', value: 1 }]),
        }),
      }),
      'GET users/:ids': async () => ({
        text: [
          await get(`${V}/users/${editorId}`),
          await get(`${V}/users/${editorId},local-editor`),
        ].join('\n'),
      }),
      'GET auth/id': async () => ({ text: await get(`${V}/auth/id`) }),
      'GET projects/:project': async () => ({ text: await get(`${V}/projects/kiosque-local`) }),
      'GET projects/:project/datasets': async () => ({
        text: await get(`${V}/projects/kiosque-local/datasets`),
      }),
      'GET projects/:project/datasets/:dataset/acl': async () => ({
        text: await get(`${V}/projects/kiosque-local/datasets/production/acl`),
      }),
    }

    // A new endpoint fails here until it has a case above.
    expect
      .soft(Object.keys(cases).sort())
      .toEqual(
        [
          ...(ROUTES ?? []).map((route) => `${route.method} ${route.path}`),
          ...SIGN_IN_ROUTES,
        ].sort(),
      )
    const leaks: string[] = []
    for (const [name, ask] of Object.entries(cases)) {
      const { text, asked = [] } = await ask()
      expect(text, name).not.toBe('')
      for (const id of secrets.ids) {
        if (!asked.includes(id) && text.includes(id)) leaks.push(`${name}: ${id}`)
      }
      for (const secret of secrets.strings) {
        if (text.includes(secret)) leaks.push(`${name}: ${secret}`)
      }
    }
    writer.close()
    expect(leaks).toEqual([])
  })
})
