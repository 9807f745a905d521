import { mkdtempSync, rmSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { newVoter } from '@/lib/comments/voter'
import { PEER_ADDRESS_HEADER, stampPeerAddress } from '@/lib/security/client-ip'

/*
 * Vote stuffing, through the real « Utile » Server Action on a temporary demo store. Only the
 * request is simulated: the cookies a client chooses to send (or keep) and the socket address
 * the production server stamps on each request. Prints « [sécurité/votes] … ».
 */
const request = { cookies: new Map<string, string>(), ip: '203.0.113.10' }
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) =>
      request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined,
    set: (name: string, value: string) => void request.cookies.set(name, value),
  }),
  headers: async () => new Headers({ [PEER_ADDRESS_HEADER]: request.ip }),
}))
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  updateTag: () => undefined,
  cacheLife: () => undefined,
  cacheTag: () => undefined,
}))

const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-votes-'))
vi.stubEnv('KIOSQUE_DATA_DIR', dir)
vi.stubEnv('NEXT_PUBLIC_SANITY_PROJECT_ID', '')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// What scripts/serve.ts does for each request: from here on the stamped address is read.
beforeAll(() => {
  stampPeerAddress({
    headers: {},
    socket: { remoteAddress: '127.0.0.1' },
  } as unknown as IncomingMessage)
})

let commentId = ''
let initial = 0
beforeEach(async () => {
  const { getLake } = await import('@/lib/lake')
  // A fresh comment for each test: the demo's approved comments with votes, in turn.
  const candidates = await getLake().query<{ _id: string; votes: number }[]>(
    '*[_type == "comment" && status == "approved" && votes > 0] | order(_id asc){_id, votes}',
  )
  const next = candidates[used++]
  if (!next) throw new Error('plus de commentaire approuvé avec des votes')
  commentId = next._id
  initial = next.votes
})
let used = 0

async function stored(): Promise<number> {
  const { getLake } = await import('@/lib/lake')
  return (await getLake().getDocuments([commentId]))[0]?.votes as number
}

/** One click, as a client sends it: its cookies (kept or not), its address, the intent. */
async function click(
  { cookie, ip = '203.0.113.10' }: { cookie?: string; ip?: string },
  intent?: 'voter' | 'retirer',
) {
  const { voteAction } = await import('@/components/comments/actions')
  const { VOTER_COOKIE } = await import('@/lib/comments/voter')
  request.cookies = new Map(cookie === undefined ? [] : [[VOTER_COOKIE, cookie]])
  request.ip = ip
  const data = new FormData()
  data.set('commentId', commentId)
  if (intent) data.set('intent', intent)
  const state = await voteAction({ votes: initial, voted: false, message: '' }, data)
  return { state, cookie: request.cookies.get(VOTER_COOKIE) }
}

describe('« Utile » votes', () => {
  it('five votes without a voter cookie move no count', async () => {
    for (let i = 0; i < 5; i++) {
      const { state } = await click({})
      expect(state).toMatchObject({ votes: initial, voted: false, retry: true })
      expect(state.message).toMatch(/Cliquez de nouveau/)
    }
    expect(await stored()).toBe(initial)
  })

  it('five votes with forged voter cookies move no count', async () => {
    const forged = [
      'x',
      newVoter('un-autre-secret-un-autre-secret-un-autre-secret').value,
      `${newVoter('s'.repeat(40)).value.slice(0, -2)}AA`,
      'eyJ2IjoiYWJjIn0.c2lnbmF0dXJl',
      '',
    ]
    for (const cookie of forged) {
      const { state } = await click({ cookie })
      expect(state.votes).toBe(initial)
    }
    expect(await stored()).toBe(initial)
  })

  it('counts one vote per reader, and takes it back on the second click', async () => {
    const first = await click({})
    expect(first.state.retry).toBe(true)
    expect(first.cookie).toBeTruthy()
    const cookie = first.cookie
    const vote = await click({ cookie })
    expect(vote.state).toMatchObject({ votes: initial + 1, voted: true })
    expect(vote.state.message).toMatch(/^Merci, votre vote est enregistré\./)
    expect(await stored()).toBe(initial + 1)
    const again = await click({ cookie }, 'voter')
    expect(again.state).toMatchObject({ votes: initial + 1, voted: true })
    expect(again.state.message).toMatch(/^Vous avez déjà voté pour ce commentaire\./)
    // The same reader from another network (a phone leaving the office Wi-Fi) is still one.
    expect((await click({ cookie, ip: '198.51.100.20' })).state.votes).toBe(initial + 1)

    const withdrawn = await click({ cookie }, 'retirer')
    expect(withdrawn.state).toMatchObject({ votes: initial, voted: false })
    expect(withdrawn.state.message).toBe('Votre vote est retiré.')
    expect(await stored()).toBe(initial)
    // Withdrawing again, or without ever voting, never goes below the demo's count.
    expect((await click({ cookie }, 'retirer')).state.votes).toBe(initial)
    expect((await click({}, 'retirer')).state.votes).toBe(initial)
    expect((await click({ cookie: newVoter('x').value }, 'retirer')).state.votes).toBe(initial)
    expect(await stored()).toBe(initial)
    // And the reader may vote again.
    expect((await click({ cookie })).state).toMatchObject({ votes: initial + 1, voted: true })
  })

  it('minting a fresh voter id for every vote: one vote per address and comment', async () => {
    let moved = 0
    for (let i = 0; i < 5; i++) {
      const { cookie } = await click({})
      const { state } = await click({ cookie })
      if (state.voted) moved++
      else expect(state.message).toMatch(/depuis votre connexion/)
    }
    expect(moved).toBe(1)
    expect(await stored()).toBe(initial + 1)
    // Addresses of one IPv6 /64 are one client.
    for (const ip of ['2001:db8:5:6::1', '2001:db8:5:6::2', '2001:db8:5:6:ffff::9']) {
      const { cookie } = await click({ ip })
      await click({ cookie, ip })
    }
    expect(await stored()).toBe(initial + 2)
    // Another reader elsewhere counts.
    const { cookie } = await click({ ip: '192.0.2.44' })
    expect((await click({ cookie, ip: '192.0.2.44' })).state.voted).toBe(true)
    expect(await stored()).toBe(initial + 3)
  })
})
