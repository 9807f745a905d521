/** Minimal HTTPS calls to the lake API as the Content Lake, trusting its self-signed certificate. */
import { request } from 'node:https'
import { readFileSync } from 'node:fs'
import path from 'node:path'

export async function lakeMutate(
  cluster: { lakeApiUrl: string; lakeDataDir: string; editorToken: string },
  mutations: unknown[],
): Promise<unknown> {
  const ca = readFileSync(path.join(cluster.lakeDataDir, 'tls', 'lake-api.crt'))
  const body = JSON.stringify({ mutations })
  const url = new URL('/v2025-10-01/data/mutate/production?returnIds=true', cluster.lakeApiUrl)
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        ca,
        headers: {
          authorization: `Bearer ${cluster.editorToken}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          if ((res.statusCode ?? 500) >= 400) reject(new Error(`mutate ${res.statusCode}: ${text}`))
          else resolve(JSON.parse(text))
        })
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}
