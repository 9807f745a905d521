import type { IncomingMessage } from 'node:http'
import { isIP } from 'node:net'

/*
 * The client address, for rate limits, login throttling and bans.
 *
 * Behind a reverse proxy, only the header that proxy sets can be trusted (`TRUSTED_PROXY_HEADER`,
 * its last address). Without one, the address is the TCP peer of the socket. Next gives route
 * handlers and Server Actions no access to the socket, and the `X-Forwarded-For` it fills in only
 * when the client sent none, so anyone can choose it. The production server (scripts/serve.ts)
 * owns the socket: before Next sees a request it overwrites `x-kiosque-peer-address` with the
 * socket's address, whatever the client sent under that name, and marks the process so the
 * header is read. A process not started by it (`next dev`, `next start`) has no mark: there the
 * header is never read and every client falls back to the shared `direct` bucket.
 */

/** The shared client « address » used when the real one is unknown. */
export const DIRECT_BUCKET = 'direct'

/** The header the production server writes the socket address into. */
export const PEER_ADDRESS_HEADER = 'x-kiosque-peer-address'

// A global symbol: the server script and Next's bundles each load their own copy of this module.
const STAMPED = Symbol.for('kiosque.peer-address-stamped')
const marks = globalThis as typeof globalThis & { [STAMPED]?: boolean }

/** `::ffff:192.0.2.1` as `192.0.2.1`; anything that is not an IP address as null. */
function normaliseAddress(value: string | undefined | null): string | null {
  if (!value) return null
  const address = value.trim().replace(/^\[|\]$/g, '')
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1]
  const plain = mapped ?? address
  return isIP(plain) ? plain.toLowerCase() : null
}

/**
 * Writes the socket's address into the request, replacing any header of that name the client
 * sent. Only the production server calls it, once per request, before Next's handler.
 */
export function stampPeerAddress(req: Pick<IncomingMessage, 'headers' | 'socket'>): void {
  marks[STAMPED] = true
  req.headers[PEER_ADDRESS_HEADER] = normaliseAddress(req.socket.remoteAddress) ?? ''
}

/**
 * The client address of a request: from the trusted proxy header when one is configured (its
 * last address: a proxy that appends to X-Forwarded-For keeps whatever the client sent in
 * front), else the socket address written by the production server, else `direct`.
 */
export function clientIp(headers: Pick<Headers, 'get'>, trustedHeader: string | undefined): string {
  if (trustedHeader) {
    return normaliseAddress(headers.get(trustedHeader)?.split(',').at(-1)) ?? DIRECT_BUCKET
  }
  if (marks[STAMPED] !== true) return DIRECT_BUCKET
  return normaliseAddress(headers.get(PEER_ADDRESS_HEADER)) ?? DIRECT_BUCKET
}

/**
 * The part of an address that one client controls: an IPv4 address, or the /64 network of an
 * IPv6 address (a single subscriber usually gets a whole /64 and can pick any address in it).
 */
export function addressKey(ip: string): string {
  if (isIP(ip) !== 6) return ip
  const [head = '', tail = ''] = ip.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = ip.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
