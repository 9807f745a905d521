import { firstValueFrom, take, toArray } from 'rxjs'
import { describe, expect, it } from 'vitest'

import { tempDir } from '../lake/helpers'
import { accountToken, clientFor, request, startApi } from './helpers'

describe('authentication and private documents', () => {
  it('refuses to listen beyond loopback without an editor account', async () => {
    const dataDir = tempDir()
    await expect(startApi({ dataDir, host: '0.0.0.0' })).rejects.toThrow(/aucun compte/)
    await accountToken(dataDir, 'moderator')
    await expect(startApi({ dataDir, host: '0.0.0.0' })).rejects.toThrow(/aucun compte/)
    const token = await accountToken(dataDir, 'editor')
    const api = await startApi({ dataDir, host: '0.0.0.0' })
    const local = `https://127.0.0.1:${api.port}`
    // Without a valid session, « who am I » is nobody (`{}`, as Content Lake answers).
    expect(await (await fetch(`${local}/v1/users/me`)).json()).toEqual({})
    const wrong = await fetch(`${local}/v1/users/me`, { headers: { authorization: 'Bearer x' } })
    expect(await wrong.json()).toEqual({})
    const acl = await fetch(`${local}/v1/projects/kiosque-local/datasets/production/acl`, {
      headers: { authorization: 'Bearer x' },
    })
    expect(acl.status).toBe(401)
    const me = await fetch(`${local}/v1/users/me`, {
      headers: { authorization: `Bearer ${token}` },
    })
    const user = await me.json()
    expect(user).toMatchObject({ name: 'Compte editor', role: 'editor' })
    const authors = await fetch(`${local}/v1/users/${user.id},local-editor,inconnu`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(await authors.json()).toEqual([
      user,
      expect.objectContaining({ id: 'local-editor' }),
      {},
    ])
  })

  it('answers the Studio start-up calls for the local editor signed in by a link', async () => {
    const api = await startApi()
    expect(await (await request(api, '/v2025-02-19/users/me')).json()).toMatchObject({
      id: 'local-editor',
      role: 'administrator',
    })
    const acl = await (
      await request(api, '/v1/projects/kiosque-local/datasets/production/acl')
    ).json()
    expect(acl).toEqual([
      expect.objectContaining({ permissions: expect.arrayContaining(['read', 'update']) }),
    ])
  })

  it('shows documents under a path other than drafts only to accounts', async () => {
    const api = await startApi()
    const token = await accountToken(api.dataDir, 'editor')
    const editor = clientFor(api, { token })
    const local = clientFor(api)
    const events = firstValueFrom(
      local.listen('*', {}, { events: ['welcome', 'mutation'] }).pipe(take(2), toArray()),
    )
    await editor.create({ _id: 'comment.c1', _type: 'comment', body: 'Bravo' })
    await editor.create({ _id: 'drafts.note', _type: 'note' })
    expect(
      (await events).map((event) => ('documentId' in event ? event.documentId : event.type)),
    ).toEqual(['welcome', 'drafts.note'])
    expect(await local.fetch('count(*[_type == "comment"])')).toBe(0)
    expect(await editor.fetch('count(*[_type == "comment"])')).toBe(1)
    expect(await local.getDocument('comment.c1')).toBeUndefined()
    const omitted = await (await request(api, '/v1/data/doc/production/comment.c1')).json()
    expect(omitted.omitted).toEqual([{ id: 'comment.c1', reason: 'permission' }])
    const write = await local
      .patch('comment.c1')
      .set({ body: 'x' })
      .commit()
      .catch((e: unknown) => e)
    expect(write).toMatchObject({ statusCode: 403 })
    const moderator = clientFor(api, { token: await accountToken(api.dataDir, 'moderator') })
    expect(await moderator.fetch('1').catch((e: unknown) => e)).toMatchObject({ statusCode: 403 })
  })
})

describe('CORS', () => {
  it('answers preflights for the site and the Studio origins only', async () => {
    const api = await startApi({
      siteUrl: 'https://kiosque.example',
      studioUrl: 'http://localhost:4000/studio',
    })
    const preflight = (origin: string) =>
      request(api, '/v2025-02-19/data/listen/production?query=*', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization,x-sanity-app',
          'access-control-request-private-network': 'true',
        },
      })
    for (const origin of [
      'https://kiosque.example',
      'http://localhost:4000',
      'http://127.0.0.1:4000',
    ]) {
      const response = await preflight(origin)
      expect(response.status).toBe(204)
      expect(response.headers.get('access-control-allow-origin')).toBe(origin)
      expect(response.headers.get('access-control-allow-credentials')).toBe('true')
      expect(response.headers.get('access-control-allow-headers')).toBe(
        'authorization,x-sanity-app',
      )
      expect(response.headers.get('access-control-allow-private-network')).toBe('true')
    }
    for (const origin of ['https://evil.example', 'http://localhost:3000']) {
      const refused = await preflight(origin)
      expect(refused.status).toBe(403)
      expect(refused.headers.get('access-control-allow-origin')).toBeNull()
    }
  })
})
