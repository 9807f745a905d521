import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { builtSiteUrl, chooseSiteUrl, recordBuiltSiteUrl } from '@/lib/env/site-url'

describe('the public URL chosen by npm start', () => {
  it('is the served address on loopback when NEXT_PUBLIC_SITE_URL is unset', () => {
    expect(chooseSiteUrl({})).toEqual({
      ok: true,
      siteUrl: 'http://localhost:3000',
      from: 'listen',
    })
    expect(chooseSiteUrl({ PORT: '3999' })).toMatchObject({ siteUrl: 'http://localhost:3999' })
    expect(chooseSiteUrl({ PORT: '3999' }, { port: '4000' })).toMatchObject({
      siteUrl: 'http://localhost:4000',
    })
    expect(chooseSiteUrl({}, { port: '3250', hostname: '127.0.0.1' })).toMatchObject({
      siteUrl: 'http://127.0.0.1:3250',
    })
    expect(chooseSiteUrl({ HOSTNAME: 'LocalHost' }, { port: '80' })).toMatchObject({
      siteUrl: 'http://localhost:80',
    })
    expect(chooseSiteUrl({}, { port: '3001', hostname: '::1' })).toMatchObject({
      siteUrl: 'http://[::1]:3001',
    })
  })

  it('is NEXT_PUBLIC_SITE_URL when set, whatever the port and host', () => {
    expect(
      chooseSiteUrl(
        { NEXT_PUBLIC_SITE_URL: 'https://kiosque.example/', PORT: '3999' },
        { hostname: '0.0.0.0' },
      ),
    ).toEqual({ ok: true, siteUrl: 'https://kiosque.example', from: 'NEXT_PUBLIC_SITE_URL' })
  })

  it('requires NEXT_PUBLIC_SITE_URL when the server listens beyond loopback', () => {
    for (const hostname of ['0.0.0.0', '::', '192.168.1.20', 'kiosque.example']) {
      const choice = chooseSiteUrl({}, { hostname, port: '3000' })
      expect(choice.ok).toBe(false)
      if (!choice.ok) expect(choice.error).toMatch(/NEXT_PUBLIC_SITE_URL est obligatoire/)
    }
    expect(chooseSiteUrl({ HOSTNAME: '0.0.0.0' }).ok).toBe(false)
  })

  it('refuses a bad port or URL with a French message', () => {
    const port = chooseSiteUrl({}, { port: 'abc' })
    expect(port).toMatchObject({ ok: false, error: expect.stringMatching(/^Port invalide/) })
    expect(chooseSiteUrl({ PORT: '70000' }).ok).toBe(false)
    const url = chooseSiteUrl({ NEXT_PUBLIC_SITE_URL: 'kiosque.example' })
    expect(url).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^NEXT_PUBLIC_SITE_URL invalide/),
    })
  })

  it('reads back the URL a build recorded', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-build-'))
    try {
      expect(builtSiteUrl(dir)).toBeUndefined()
      recordBuiltSiteUrl(dir, 'http://localhost:3999')
      expect(builtSiteUrl(dir)).toBe('http://localhost:3999')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('stops npm start before building when a public host has no NEXT_PUBLIC_SITE_URL', async () => {
    const env = { ...process.env, NEXT_PUBLIC_SITE_URL: '', PORT: '', HOSTNAME: '' }
    const run = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/start.ts', '--hostname', '0.0.0.0', '--port', '3999'],
      { env, timeout: 20_000 },
    )
    const failure = await run.then(
      () => null,
      (error: { code: number; stderr: string; stdout: string }) => error,
    )
    expect(failure?.code).toBe(1)
    expect(failure?.stderr).toContain(
      'NEXT_PUBLIC_SITE_URL est obligatoire quand le site écoute sur « 0.0.0.0 »',
    )
    expect(failure?.stdout).not.toContain('Construction')
  })
})
