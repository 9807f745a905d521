import { describe, expect, it } from 'vitest'

import { EnvError, parseEnv } from '@/lib/env/schema'

describe('parseEnv', () => {
  it('defaults to the embedded lake with no variable set', () => {
    expect(parseEnv({})).toMatchObject({
      mode: 'embedded',
      siteUrl: 'http://localhost:3000',
      dataDir: undefined,
      secret: undefined,
      smtpUrl: undefined,
      trustedProxyHeader: undefined,
    })
  })

  it('switches to the Content Lake when a project id is set', () => {
    const env = parseEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', SANITY_API_READ_TOKEN: 'sk' })
    expect(env).toMatchObject({
      mode: 'sanity',
      projectId: 'abc123',
      dataset: 'production',
      readToken: 'sk',
    })
  })

  it('points the clients at SANITY_API_HOST, an http(s) URL', () => {
    const env = parseEnv({
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
      SANITY_API_HOST: 'https://127.0.0.1:3333/',
    })
    expect(env).toMatchObject({ mode: 'sanity', apiHost: 'https://127.0.0.1:3333' })
    expect(() => parseEnv({ SANITY_API_HOST: 'ftp://exemple' })).toThrow(/SANITY_API_HOST/)
  })

  it('gives the Studio the lake API address, from LAKE_API_URL or LAKE_API_PORT', () => {
    expect(parseEnv({}).lakeApiUrl).toBe('https://127.0.0.1:3333')
    expect(parseEnv({ LAKE_API_PORT: '3334' }).lakeApiUrl).toBe('https://127.0.0.1:3334')
    expect(parseEnv({ LAKE_API_URL: 'https://lake.example:8443/' }).lakeApiUrl).toBe(
      'https://lake.example:8443',
    )
    expect(() => parseEnv({ LAKE_API_URL: 'http://127.0.0.1:3333' })).toThrow(/LAKE_API_URL/)
    expect(() => parseEnv({ LAKE_API_PORT: 'abc' })).toThrow(/LAKE_API_PORT/)
  })

  it('treats empty strings as unset', () => {
    expect(parseEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: '' }).mode).toBe('embedded')
  })

  it('names the variable when a value is wrong', () => {
    expect(() => parseEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'Pas Valide!' })).toThrow(EnvError)
    expect(() => parseEnv({ NEXT_PUBLIC_SITE_URL: 'pas-une-url' })).toThrow(/NEXT_PUBLIC_SITE_URL/)
    expect(() => parseEnv({ KIOSQUE_SECRET: 'trop-court' })).toThrow(/KIOSQUE_SECRET/)
    expect(() => parseEnv({ SMTP_URL: 'http://x' })).toThrow(/SMTP_URL/)
    expect(() => parseEnv({ MAIL_FROM: 'a@b.c\r\nBcc: x@y.z' })).toThrow(/MAIL_FROM/)
    expect(() => parseEnv({ NEXT_PUBLIC_SANITY_DATASET: 'Prod uction' })).toThrow(
      /NEXT_PUBLIC_SANITY_DATASET/,
    )
  })
})
