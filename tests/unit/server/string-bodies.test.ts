import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { LARGE_STRING, writeLargeStringsAsBuffers } from '@/lib/server/string-bodies'

/** What the wrapped `end` received, without a socket. */
function recordingResponse() {
  const calls: unknown[][] = []
  const res = {
    end(...args: unknown[]) {
      calls.push(args)
      return res
    },
  } as unknown as ServerResponse
  writeLargeStringsAsBuffers(res)
  return { res, calls }
}

// French text with characters of every UTF-8 width: é (2 bytes), ’ and narrow no-break space
// (3 bytes), an emoji (4 bytes, a surrogate pair in JavaScript).
const page = (length: number) =>
  'Élue présidente d’une fédération\u202f: «\u00a0trois chantiers\u00a0» 💬 '
    .repeat(Math.ceil(length / 60))
    .slice(0, length)
    .replace(/\uD83D$/, '')

describe('writeLargeStringsAsBuffers', () => {
  it('hands a large string body to Node as its UTF-8 bytes', () => {
    const { res, calls } = recordingResponse()
    const body = page(110_000)
    const callback = () => {}
    res.end(body, callback)
    const [chunk, next] = calls[0]!
    expect(Buffer.isBuffer(chunk)).toBe(true)
    expect((chunk as Buffer).equals(Buffer.from(body, 'utf8'))).toBe(true)
    expect(next).toBe(callback)
  })

  it('drops an explicit utf8 encoding, which a Buffer does not take', () => {
    const { res, calls } = recordingResponse()
    res.end('é'.repeat(LARGE_STRING), 'utf8')
    expect(calls[0]).toHaveLength(1)
    expect(Buffer.isBuffer(calls[0]![0])).toBe(true)
  })

  it('leaves small strings, other encodings, Buffers and empty ends alone', () => {
    const { res, calls } = recordingResponse()
    const small = page(LARGE_STRING - 1)
    const latin1 = 'a'.repeat(LARGE_STRING)
    const bytes = Buffer.from('déjà')
    res.end(small)
    res.end(latin1, 'latin1')
    res.end(bytes)
    res.end()
    expect(calls).toEqual([[small], [latin1, 'latin1'], [bytes], []])
  })

  describe('on a real socket', () => {
    let close: (() => void) | undefined
    afterEach(() => close?.())

    it('sends exactly the same bytes and Content-Length as Node would', async () => {
      const body = page(200_000)
      const server = createServer((_req, res) => {
        writeLargeStringsAsBuffers(res)
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        res.setHeader('Content-Length', Buffer.byteLength(body))
        res.end(body)
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      close = () => server.close()
      const { port } = server.address() as AddressInfo
      const response = await fetch(`http://127.0.0.1:${port}/`)
      const received = Buffer.from(await response.arrayBuffer())
      expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(body)))
      expect(received.equals(Buffer.from(body, 'utf8'))).toBe(true)
    })
  })
})
