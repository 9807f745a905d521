import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import {
  CSP_HEADER,
  addScriptPolicy,
  inlineScriptHashes,
  isFrameworkScript,
  pageScriptPolicy,
} from '@/lib/security/csp-cache-handler'
import { moderationCsp, newNonce, readerCsp } from '@/lib/security/headers'

const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

const BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])'
const CHUNK = 'self.__next_f.push([1,"0:{\\"P\\":null}\\n\\u003cscript\\u003e"])'
const TURBOPACK =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});'

function page(body: string): string {
  return (
    '<!DOCTYPE html><html lang="fr"><head><script src="/_next/static/chunks/a.js" async=""></script>' +
    `</head><body>${body}<script>${TURBOPACK}</script><script>${BOOTSTRAP}</script>` +
    `<script>${CHUNK}</script></body></html>`
  )
}

describe('inline scripts allowed by hash on a prerendered page', () => {
  it('hashes exactly the framework scripts, in document order', () => {
    expect(inlineScriptHashes(page('<main>Article</main>'))).toEqual([
      hash(TURBOPACK),
      hash(BOOTSTRAP),
      hash(CHUNK),
    ])
  })

  it('leaves out an injected script, whatever it looks like', () => {
    const injected = [
      'alert(document.cookie)',
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push(alert(1))',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1));',
      '(self.__next_f=self.__next_f||[]).push([0]);alert(1)',
    ]
    for (const text of injected) {
      expect(isFrameworkScript(text), text).toBe(false)
      const html = page(`<main><p>Bonjour</p><script>${text}</script></main>`)
      expect(inlineScriptHashes(html), text).not.toContain(hash(text))
      expect(inlineScriptHashes(html), text).toHaveLength(3)
    }
  })

  it('ignores external scripts and data blocks (JSON-LD never runs)', () => {
    const jsonLd = '{"@context":"https://schema.org","@type":"NewsArticle"}'
    const html = page(
      `<script type="application/ld+json">${jsonLd}</script><script src="/x.js"></script>`,
    )
    expect(inlineScriptHashes(html)).not.toContain(hash(jsonLd))
    expect(inlineScriptHashes(html)).toHaveLength(3)
  })

  it('builds a script policy with no unsafe-inline', () => {
    const policy = pageScriptPolicy(page(''))
    expect(policy.startsWith("script-src 'self' 'sha256-")).toBe(true)
    expect(policy).not.toContain('unsafe-inline')
  })
})

describe('the policy stored with a cached page', () => {
  it('is added to a complete page, and to the headers object Next will serve', () => {
    const headers: Record<string, unknown> = { 'x-next-cache-tags': 'content' }
    const value = { kind: 'APP_PAGE', html: page(''), headers, postponed: undefined }
    addScriptPolicy(value)
    expect(value.headers).toBe(headers)
    expect(headers[CSP_HEADER]).toBe(pageScriptPolicy(page('')))
  })

  it('is not added to a page with a request-time part, nor to other cache entries', () => {
    const shell = { kind: 'APP_PAGE', html: page(''), headers: {}, postponed: '42:[0,{}]' }
    addScriptPolicy(shell)
    expect(shell.headers).toEqual({})
    const route = { kind: 'APP_ROUTE', body: Buffer.from('{}'), headers: {} }
    addScriptPolicy(route)
    expect(route.headers).toEqual({})
    addScriptPolicy(null)
  })
})

describe('the nonce policy of request-time routes', () => {
  it('replaces unsafe-inline with the nonce, and keeps every other directive', () => {
    const nonce = newNonce()
    expect(Buffer.from(nonce, 'base64')).toHaveLength(16)
    expect(newNonce()).not.toBe(nonce)
    for (const policy of [readerCsp, moderationCsp]) {
      const strict = policy({ nonce })
      expect(strict).toContain(`script-src 'self' 'nonce-${nonce}';`)
      expect(strict).not.toMatch(/script-src[^;]*'unsafe-inline'/)
      expect(strict.replace(`'nonce-${nonce}'`, "'unsafe-inline'")).toBe(policy())
    }
  })
})
