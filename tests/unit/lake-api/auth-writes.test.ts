import { describe, expect, it } from 'vitest'

import { tempDir } from '../lake/helpers'
import { accountToken, startApi } from './helpers'

/*
 * The Studio-facing writes (mutations and document actions) of a lake API reachable beyond
 * loopback: without an editor's session nothing changes, whatever credential is forged.
 * Prints « [sécurité/abus] … ».
 */
describe('lake API writes without an editor session', () => {
  it('are refused (401/403) and change nothing', async () => {
    const dataDir = tempDir()
    const editor = await accountToken(dataDir, 'editor')
    const moderator = await accountToken(dataDir, 'moderator')
    const api = await startApi({ dataDir, host: '0.0.0.0' })
    const base = `https://127.0.0.1:${api.port}/v2025-02-19/data`
    const count = async () => {
      const response = await fetch(`${base}/query/production?query=count(*)`, {
        headers: { authorization: `Bearer ${editor}` },
      })
      return (await response.json()).result as number
    }
    const before = await count()
    const writes = {
      mutate: { mutations: [{ create: { _id: 'article-pirate', _type: 'article' } }] },
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
    const credentials: Record<string, Record<string, string>> = {
      aucun: {},
      'jeton forgé': { authorization: `Bearer ${'A'.repeat(43)}` },
      'cookie forgé': { cookie: `kiosque_session=${'B'.repeat(43)}` },
      'session de modérateur': { authorization: `Bearer ${moderator}` },
    }
    const statuses: string[] = []
    for (const [operation, body] of Object.entries(writes)) {
      for (const [name, headers] of Object.entries(credentials)) {
        const response = await fetch(`${base}/${operation}/production`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        })
        expect([401, 403], `${operation} / ${name}`).toContain(response.status)
        statuses.push(`${operation}/${name} → ${response.status}`)
      }
    }
    expect(await count()).toBe(before)
    // The same write with the editor's session goes through: the refusals above are not a
    // broken endpoint.
    const allowed = await fetch(`${base}/mutate/production`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      body: JSON.stringify(writes.mutate),
    })
    expect(allowed.status).toBe(200)
    expect(await count()).toBe(before + 1)
  })
})
