/**
 * Reads a request body as text, up to `limit` bytes. Answers null as soon as the declared
 * Content-Length or the bytes actually received pass the limit: the rest is never buffered, so
 * an oversize post costs at most `limit` bytes of memory whatever it claims (a chunked body has
 * no Content-Length to check up front).
 */
export async function readTextWithin(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
