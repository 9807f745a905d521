import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it, vi } from 'vitest'

import type { Lake } from '@/lib/lake'

import { png } from '../lake/helpers'

// Embedded mode on a fresh data directory: the route reads the process-wide lake.
vi.stubEnv('KIOSQUE_DATA_DIR', mkdtempSync(path.join(tmpdir(), 'kiosque-media-')))
vi.stubEnv('NEXT_PUBLIC_SANITY_PROJECT_ID', '')

const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
    '<script>fetch("/api/steal?c=" + document.cookie)</script></svg>',
)

let GET: typeof import('@/app/media/[kind]/[file]/route').GET
let lake: Lake
beforeAll(async () => {
  ;({ GET } = await import('@/app/media/[kind]/[file]/route'))
  lake = (await import('@/lib/lake')).getLake()
})

/** The route's answer for a `/media/…` URL of the asset. */
function serve(url: unknown): Promise<Response> {
  const [, , kind = '', file = ''] = String(url).split('/')
  return GET(new Request(`http://localhost${String(url)}`), {
    params: Promise.resolve({ kind, file }),
  })
}

describe('/media serves uploaded files without letting them run script on the site', () => {
  it('sends an SVG sandboxed, unsniffed and as an attachment', async () => {
    const asset = lake.putAsset(SVG, { kind: 'image', filename: 'logo.svg' })
    const response = await serve(asset.url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toMatch(/(^|; )sandbox(;|$)/)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/)
  })

  it('answers 404 once the asset document is deleted', async () => {
    const asset = lake.putAsset(png(4, 4), { kind: 'image', filename: 'photo.png' })
    expect((await serve(asset.url)).status).toBe(200)
    lake.mutate([{ delete: { id: asset._id } }])
    expect((await serve(asset.url)).status).toBe(404)
  })
})
