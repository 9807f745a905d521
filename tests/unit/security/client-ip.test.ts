import { createServer, request, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DIRECT_BUCKET } from '@/lib/comments/bans'
import { clientIp } from '@/lib/comments/ratelimit'
import { createModerator } from '@/lib/moderation/accounts'
import { MAX_FAILURES } from '@/lib/moderation/lockout'
import { authenticate } from '@/lib/moderation/login'
import { addressKey, PEER_ADDRESS_HEADER, stampPeerAddress } from '@/lib/security/client-ip'

import { tempPrivateDb } from '../moderation/helpers'

/*
 * Without a trusted proxy header, the client address is the socket's, which the production
 * server (scripts/serve.ts) writes into each request before Next sees it. Checked over real
 * sockets from several loopback addresses (Linux routes all of 127.0.0.0/8 to lo): a stranger's
 * wrong passwords lock out that stranger, not the moderator.
 */
const env = tempPrivateDb()
const moderator = { name: 'Camille Roussey', email: 'camille@kiosque.example' }
const password = 'douze-caracteres-au-moins'

/** What scripts/serve.ts does before Next: stamp, then the app reads the address. */
function handler(req: IncomingMessage, body: string) {
  stampPeerAddress(req)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
  }
  const ip = clientIp(headers, undefined)
  if (req.url === '/ip') return Promise.resolve({ ip })
  const { email, password } = JSON.parse(body) as { email: string; password: string }
  return authenticate(env.db, { email, password, ip }).then((result) => ({
    ip,
    ok: result.ok,
    reason: result.ok ? undefined : result.reason,
  }))
}

let server: Server
let port = 0
beforeAll(async () => {
  await createModerator(env.db, { ...moderator, password })
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      void handler(req, body).then((answer) => res.end(JSON.stringify(answer)))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  env.cleanup()
})

/** One request from `from` (a loopback address), with whatever headers a client may forge. */
function send(
  from: string,
  path: string,
  payload: unknown = {},
  headers: Record<string, string> = {},
): Promise<{ ip: string; ok?: boolean; reason?: string }> {
  const body = JSON.stringify(payload)
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', localAddress: from, headers },
      (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString()))
        res.on('end', () => resolve(JSON.parse(text)))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

describe('client address without a trusted proxy header', () => {
  it('is unknown (the shared bucket) in a process the production server did not start', () => {
    const forged = new Headers({ [PEER_ADDRESS_HEADER]: '192.0.2.1', 'x-forwarded-for': '1.2.3.4' })
    expect(clientIp(forged, undefined)).toBe(DIRECT_BUCKET)
  })

  it('is the socket address, whatever the client writes in headers', async () => {
    const forged = { [PEER_ADDRESS_HEADER]: '192.0.2.1', 'x-forwarded-for': '198.51.100.7' }
    expect(await send('127.0.0.1', '/ip')).toEqual({ ip: '127.0.0.1' })
    expect(await send('127.0.0.2', '/ip', {}, forged)).toEqual({ ip: '127.0.0.2' })
    expect(await send('127.0.0.3', '/ip', {}, { [PEER_ADDRESS_HEADER]: '' })).toEqual({
      ip: '127.0.0.3',
    })
  })

  it('lets no stranger lock a moderator out: failures count per address and account', async () => {
    const stranger = '127.0.0.66'
    // Pretending to come from the moderator's address changes nothing.
    const pretend = { [PEER_ADDRESS_HEADER]: '127.0.0.1', 'x-forwarded-for': '127.0.0.1' }
    const answers = []
    for (let i = 0; i < MAX_FAILURES; i++) {
      answers.push(
        await send(stranger, '/login', { email: moderator.email, password: `faux-${i}` }, pretend),
      )
    }
    expect(answers.map((answer) => answer.ip)).toEqual(Array(MAX_FAILURES).fill(stranger))
    expect(answers.at(-1)).toMatchObject({ ok: false, reason: 'locked' })
    expect(await send(stranger, '/login', { email: moderator.email, password })).toMatchObject({
      ok: false,
      reason: 'locked',
    })
    expect(await send('127.0.0.1', '/login', { email: moderator.email, password })).toEqual({
      ip: '127.0.0.1',
      ok: true,
    })
  }, 60_000)
})

describe('addressKey', () => {
  it('keeps IPv4 addresses and groups IPv6 addresses by /64', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7')
    expect(addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(addressKey('::1')).toBe('0:0:0:0::/64')
  })
})
