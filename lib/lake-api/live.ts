import type { RouteCall } from './context'

const HEARTBEAT_MS = 20_000

/**
 * `GET /data/live/events/:dataset`, the Live Content API's event stream, which the Studio's
 * Presentation tool opens on its own. The embedded lake has no sync tags to announce, so the
 * stream only says `welcome` and stays open: without it the connection fails and the tool
 * reports an error. Pages previewed in draft mode refresh on the Studio's edits instead
 * (components/preview/DraftPreview).
 */
export function handleLiveEvents(call: RouteCall): void {
  const { res, req } = call
  res.statusCode = 200
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8')
  res.setHeader('Cache-Control', 'no-cache, no-transform')
  // Connection-specific headers are forbidden in HTTP/2.
  if (req.httpVersion.startsWith('1')) res.setHeader('Connection', 'keep-alive')
  res.write('event: welcome\ndata: {}\n\n')
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS)
  res.on('close', () => clearInterval(heartbeat))
}
