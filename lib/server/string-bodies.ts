import type { ServerResponse } from 'node:http'

/**
 * Bodies at least this long (UTF-16 code units) are encoded to a Buffer before Node writes them.
 * Below it Node's own path is as fast; above about 64 KB it falls off a cliff (see below).
 */
export const LARGE_STRING = 16 * 1024

type End = ServerResponse['end']

/**
 * Makes `res.end(string)` write a Buffer when the string is large.
 *
 * Why: Next serves a cached page with `res.end(html)`, a string, before any header was sent. Node
 * then prepends the header block to that string (`_send`, « a shameful hack to get the headers
 * and first body chunk onto the same packet ») and hands the concatenation to the socket. For a
 * body past about 64 KB that write costs milliseconds: on our 2-core machine an article page of
 * 110 KB went from 366 to about 800 requests/s once written as a Buffer, and a plain `node:http`
 * server showed the same cliff (5,000 requests/s at 40 KB, 700 at 66 KB; 2,000 with a Buffer).
 * Bytes, headers and `Content-Length` are unchanged: the Buffer holds the string's UTF-8.
 */
export function writeLargeStringsAsBuffers(res: ServerResponse): void {
  const end: End = res.end.bind(res)
  res.end = function endWithBuffer(this: ServerResponse, ...args: unknown[]) {
    const [chunk, encoding] = args
    if (
      typeof chunk === 'string' &&
      chunk.length >= LARGE_STRING &&
      (typeof encoding !== 'string' || /^utf-?8$/i.test(encoding))
    ) {
      args[0] = Buffer.from(chunk, 'utf8')
      if (typeof encoding === 'string') args.splice(1, 1)
    }
    return (end as (...rest: unknown[]) => ServerResponse)(...args)
  } as End
}
