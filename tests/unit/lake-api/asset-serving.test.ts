import { describe, expect, it } from 'vitest'

import { png } from '../lake/helpers'
import { clientFor, request, startApi } from './helpers'

const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
    '<script>fetch("/api/steal?c=" + document.cookie)</script><rect width="10" height="10"/></svg>',
)

describe('assets served by the lake API', () => {
  it('serves an uploaded SVG so that it cannot run script: sandbox, no sniffing, attachment', async () => {
    const api = await startApi()
    const client = clientFor(api)
    const asset = await client.assets.upload('image', SVG, { filename: 'logo.svg' })
    const file = String(asset.url).split('/').pop()
    const response = await request(api, `/images/kiosque-local/production/${file}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp.split(';').map((part) => part.trim())).toEqual(
      expect.arrayContaining(['sandbox', "default-src 'none'"]),
    )
    expect(csp).not.toMatch(/script-src|allow-scripts/)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/)
  })

  it('keeps raster images inline, and sandboxed too', async () => {
    const api = await startApi()
    const asset = await clientFor(api).assets.upload('image', png(2, 2), { filename: 'a.png' })
    const file = String(asset.url).split('/').pop()
    const response = await request(api, `/images/kiosque-local/production/${file}`)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('content-disposition')).toBeNull()
    expect(response.headers.get('content-security-policy')).toContain('sandbox')
  })

  it('stops serving a file once its asset document is deleted', async () => {
    const api = await startApi()
    const client = clientFor(api)
    const image = await client.assets.upload('image', png(3, 3), { filename: 'a.png' })
    const text = await client.assets.upload('file', Buffer.from('bonjour'), { filename: 'a.txt' })
    const imageUrl = `/images/kiosque-local/production/${String(image.url).split('/').pop()}`
    const fileUrl = `/files/kiosque-local/production/${String(text.url).split('/').pop()}`
    expect((await request(api, imageUrl)).status).toBe(200)
    expect((await request(api, fileUrl)).status).toBe(200)
    await client.delete(image._id)
    await client.delete(text._id)
    expect((await request(api, imageUrl)).status).toBe(404)
    expect((await request(api, fileUrl)).status).toBe(404)
  })
})
