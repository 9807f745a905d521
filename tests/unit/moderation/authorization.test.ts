import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

/*
 * Server Actions called without a valid session: only the request (its cookie jar) is
 * simulated; the actions, the session check and the store are the real ones. Nothing may change.
 */
const jar = new Map<string, string>()
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: () => undefined,
  }),
  headers: async () => new Headers(),
}))
// Outside Next there is no request scope to mark as dynamic.
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/server')>()),
  connection: async () => undefined,
}))

const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-authz-'))
const PENDING = 'comment.f9d07bf8-bbd8-541b-b421-920a32da5ee7'

beforeAll(() => {
  process.env.KIOSQUE_DATA_DIR = dir
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function snapshot() {
  const { getLake } = await import('@/lib/lake')
  const { getPrivateDb } = await import('@/lib/private')
  return {
    comments: await getLake().query(
      '*[_type == "comment"]{_id, _rev, status, body}',
      {},
      { perspective: 'raw' },
    ),
    bans: getPrivateDb().prepare('SELECT * FROM bans').all(),
  }
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

describe('moderation actions without a valid session', () => {
  it('redirect to the login form and change nothing in the store', async () => {
    const actions = await import('@/app/moderation/actions')
    const { getLake } = await import('@/lib/lake')
    const rev = getLake().getDocuments([PENDING])[0]?._rev ?? ''
    const before = await snapshot()
    for (const cookie of [undefined, 'A'.repeat(43), 'pas-un-identifiant']) {
      jar.clear()
      if (cookie) jar.set('kiosque_session', cookie)
      const attempts = [
        () => actions.moderateAction(form({ id: PENDING, rev, action: 'approve' })),
        () => actions.moderateAction(form({ id: PENDING, rev, action: 'delete' })),
        () => actions.moderateAction(form({ id: PENDING, rev, action: 'edit', body: 'pirate' })),
        () => actions.bulkAction(form({ action: 'spam', selection: `${PENDING} ${rev}` })),
        () => actions.banAction(form({ id: PENDING, kind: 'email' })),
      ]
      for (const attempt of attempts) {
        await expect(attempt()).rejects.toMatchObject({
          digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/moderation\/connexion/),
        })
      }
    }
    const after = await snapshot()
    expect(after).toEqual(before)
  })

  it('requireModerator throws 401 for actions', async () => {
    jar.clear()
    const { requireModerator, ModerationAuthError } = await import('@/lib/moderation')
    await expect(requireModerator({ for: 'action' })).rejects.toBeInstanceOf(ModerationAuthError)
    await expect(requireModerator({ for: 'action' })).rejects.toMatchObject({ status: 401 })
  })
})
