import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/*
 * The physical limit of the benchmark: one HTML file held in memory, served as is, precompressed
 * like nginx's `gzip_static`/`brotli_static`. `tsx scripts/bench/static-server.ts FILE PORT`.
 */
const [file, port] = process.argv.slice(2)
if (!file || !port) {
  console.error('Usage : tsx scripts/bench/static-server.ts FICHIER PORT')
  process.exit(1)
}
const plain = readFileSync(file)
const br = brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
const gzip = gzipSync(plain, { level: 9 })
const base = { 'Content-Type': 'text/html; charset=utf-8', Vary: 'Accept-Encoding' }

createServer((request, response) => {
  const accepted = String(request.headers['accept-encoding'] ?? '')
  const [body, encoding] = /\bbr\b/.test(accepted)
    ? [br, 'br']
    : /\bgzip\b/.test(accepted)
      ? [gzip, 'gzip']
      : [plain, undefined]
  response.writeHead(200, {
    ...base,
    'Content-Length': body.length,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
  })
  response.end(body)
}).listen(Number(port), '127.0.0.1', () => console.log(`prêt sur ${port}`))
