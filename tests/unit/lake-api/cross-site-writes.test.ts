import { describe, expect, it } from 'vitest'

import { accountToken, startApi } from './helpers'

/*
 * The lake API on loopback, as `npm start` runs it: being on this machine grants nothing, a page
 * of another site cannot make the browser write, and only the site's own origins pass CORS.
 */
const SITE = 'http://localhost:3000'
const EVIL = 'https://evil.example'

const writes = {
  mutate: { mutations: [{ create: { _id: 'article-pirate', _type: 'article', title: 'x' } }] },
  actions: {
    actions: [
      {
        actionType: 'sanity.action.document.create',
        publishedId: 'article-pirate',
        attributes: { _id: 'drafts.article-pirate', _type: 'article' },
        ifExists: 'fail',
      },
    ],
  },
}

async function started() {
  const api = await startApi({ siteUrl: SITE })
  const editor = await accountToken(api.dataDir, 'editor')
  const base = `${api.url}/v2025-02-19/data`
  const count = async () => {
    const response = await fetch(`${base}/query/production?query=count(*[_id match "*pirate*"])`, {
      headers: { authorization: `Bearer ${editor}` },
    })
    return (await response.json()).result as number
  }
  return { api, editor, base, count }
}

describe('writes to the lake API on loopback', () => {
  it('refuse a cross-site text/plain POST to mutate and actions, with or without a session', async () => {
    const { editor, base, count } = await started()
    for (const [operation, body] of Object.entries(writes)) {
      for (const authorization of [undefined, `Bearer ${editor}`]) {
        const response = await fetch(`${base}/${operation}/production`, {
          method: 'POST',
          headers: {
            origin: EVIL,
            'content-type': 'text/plain',
            ...(authorization ? { authorization } : {}),
          },
          body: JSON.stringify(body),
        })
        expect(response.status, `${operation} ${authorization ? 'avec' : 'sans'} session`).toBe(403)
        expect(response.headers.get('access-control-allow-origin')).toBeNull()
      }
    }
    expect(await count()).toBe(0)
  })

  it('refuse a loopback POST without credential, even as JSON and without Origin', async () => {
    const { base, count } = await started()
    for (const [operation, body] of Object.entries(writes)) {
      const response = await fetch(`${base}/${operation}/production`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      expect(response.status, operation).toBe(401)
    }
    expect(await count()).toBe(0)
  })

  it('refuse a JSON body not declared application/json, even with a session', async () => {
    const { editor, base, count } = await started()
    for (const [operation, body] of Object.entries(writes)) {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
        const response = await fetch(`${base}/${operation}/production`, {
          method: 'POST',
          headers: { authorization: `Bearer ${editor}`, ...(type ? { 'content-type': type } : {}) },
          body: JSON.stringify(body),
        })
        expect(response.status, `${operation} ${type ?? '(aucun type)'}`).toBe(415)
      }
    }
    expect(await count()).toBe(0)
  })

  it('accept a session from the site’s origin, with CORS headers for it', async () => {
    const { editor, base, count } = await started()
    const response = await fetch(`${base}/mutate/production`, {
      method: 'POST',
      headers: {
        origin: SITE,
        authorization: `Bearer ${editor}`,
        'content-type': 'application/json; charset=utf-8',
      },
      body: JSON.stringify(writes.mutate),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(await count()).toBe(1)
  })
})

describe('CORS preflight', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/v2025-02-19/data/mutate/production`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    })

  it('refuses foreign origins, other localhost ports included', async () => {
    const { api } = await started()
    for (const origin of [EVIL, 'http://localhost:8080', 'https://127.0.0.1:4000', 'null']) {
      const response = await preflight(api.url, origin)
      expect(response.status, origin).toBe(403)
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull()
      expect(response.headers.get('access-control-allow-methods'), origin).toBeNull()
    }
  })

  it('allows the site’s origin and its loopback aliases, with credentials', async () => {
    const { api } = await started()
    for (const origin of [SITE, 'http://127.0.0.1:3000']) {
      const response = await preflight(api.url, origin)
      expect(response.status, origin).toBe(204)
      expect(response.headers.get('access-control-allow-origin')).toBe(origin)
      expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    }
  })
})

describe('anonymous reads', () => {
  it('see published, non-private documents only', async () => {
    const { api, editor, base } = await started()
    await fetch(`${base}/mutate/production`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        mutations: [
          { create: { _id: 'page-publique', _type: 'note', title: 'publié' } },
          { create: { _id: 'drafts.page-publique', _type: 'note', title: 'brouillon' } },
          { create: { _id: 'drafts.brouillon-seul', _type: 'note', title: 'secret' } },
          { create: { _id: 'comment.c1', _type: 'comment', email: 'a@b.example' } },
        ],
      }),
    })
    for (const perspective of ['published', 'drafts', 'previewDrafts', 'raw']) {
      const response = await fetch(
        `${base}/query/production?query=*[_type in ["note","comment"]]{_id,title}&perspective=${perspective}`,
      )
      expect((await response.json()).result, perspective).toEqual([
        { _id: 'page-publique', title: 'publié' },
      ])
    }
    const docs = await fetch(
      `${base}/doc/production/page-publique,drafts.page-publique,drafts.brouillon-seul,comment.c1`,
    )
    const body = await docs.json()
    expect(body.documents.map((doc: { _id: string }) => doc._id)).toEqual(['page-publique'])
    expect(body.omitted).toHaveLength(3)
    expect(await (await fetch(`${api.url}/v2025-02-19/users/me`)).json()).toEqual({})
    for (const path of [
      '/v2025-02-19/users/me/keyvalue/studio.x',
      '/v2025-02-19/data/listen/production?query=*',
      '/v2025-02-19/data/history/production/transactions/page-publique',
      '/v1/projects/kiosque-local/datasets/production/acl',
    ]) {
      expect((await fetch(`${api.url}${path}`)).status, path).toBe(401)
    }
  })
})
