import { connect, type ClientHttp2Session } from 'node:http2'

import { describe, expect, it } from 'vitest'

import { openLake } from '@/lib/lake'
import type { LakeApi } from '@/lib/lake-api/server'

import { clientFor, localToken, startApi } from './helpers'

/** Opens a listen stream on an HTTP/2 session and resolves with the text once it holds `until`. */
function listen(
  session: ClientHttp2Session,
  path: string,
  until: RegExp,
  headers: Record<string, string> = {},
): { text: Promise<string>; close: () => void } {
  const stream = session.request({ ':path': path, ...headers })
  let text = ''
  const done = new Promise<string>((resolve, reject) => {
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => {
      text += chunk
      if (until.test(text)) resolve(text)
    })
    stream.on('error', reject)
  })
  return { text: done, close: () => stream.close() }
}

/** An HTTP/2 session whose streams carry the local editor's token. */
function session(api: LakeApi): ClientHttp2Session {
  const h2 = connect(api.url, { ca: api.cert })
  const open = h2.request.bind(h2)
  h2.request = (headers, options) =>
    open({ authorization: `Bearer ${localToken(api)}`, ...headers }, options)
  return h2
}

describe('HTTP/2 listen streams', () => {
  it('holds many listeners on one connection, fed by writes of another lake connection', async () => {
    const api = await startApi()
    const h2 = session(api)
    try {
      const streams = Array.from({ length: 8 }, () =>
        listen(
          h2,
          '/v2025-02-19/data/listen/production?query=*&includeResult=true',
          /"documentId":"x"/,
        ),
      )
      // Another connection to the same SQLite file, as the site's process would be.
      const other = openLake({ dataDir: api.dataDir })
      await new Promise((resolve) => setTimeout(resolve, 300))
      other.mutate([{ create: { _id: 'x', _type: 'note', text: 'écrit par le site' } }])
      other.close()
      for (const stream of streams) {
        const text = await stream.text
        expect(text).toMatch(/^event: welcome\n/)
        expect(text).toContain('écrit par le site')
        stream.close()
      }
    } finally {
      h2.close()
    }
  })

  it('resumes after Last-Event-ID with welcomeback when enableResume is set', async () => {
    const api = await startApi()
    const client = clientFor(api)
    const h2 = session(api)
    try {
      const path = '/v2025-02-19/data/listen/production?query=*&enableResume=true'
      const first = listen(h2, path, /"documentId":"a"/)
      await new Promise((resolve) => setTimeout(resolve, 300))
      await client.create({ _id: 'a', _type: 'note' })
      const seen = await first.text
      first.close()
      const lastId = /id: (\S+)/.exec(seen)?.[1] ?? ''
      await client.create({ _id: 'b', _type: 'note' })
      const resumed = listen(h2, path, /"documentId":"b"/, { 'last-event-id': lastId })
      const text = await resumed.text
      resumed.close()
      expect(text).toMatch(/^event: welcomeback\n/)
      expect(text).not.toContain('"documentId":"a"')
      const reset = listen(h2, path, /event: welcome\n/, { 'last-event-id': '999:0' })
      expect(await reset.text).toMatch(/^event: reset\n/)
      reset.close()
    } finally {
      h2.close()
    }
  })
})
