import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'

import { safeRedirectPath } from '@/lib/security/redirect'

/*
 * Every redirect target of the site goes through `safeRedirectPath`. Checked the way a browser
 * reads a `Location` header: resolved by the WHATWG URL parser (which drops tabs and line
 * breaks and reads `\` as `/`) against the site's origin, it must stay on that origin, and the
 * header must be one Node accepts (plain ASCII, no control character).
 */
vi.mock('next/headers', () => ({
  draftMode: async () => ({ disable: () => undefined }),
}))

const SITE = 'https://kiosque.example'

function assertSameOrigin(location: string): void {
  expect(location).toMatch(/^\/(?![/\\])/)
  expect(location).toMatch(/^[\x21-\x7E]*$/)
  expect(new URL(location, SITE).origin).toBe(SITE)
  // Twice, as a client following a redirect chain would.
  expect(new URL(new URL(location, SITE).href, SITE).origin).toBe(SITE)
  expect(() => new Headers({ Location: location })).not.toThrow()
}

/** What was seen to leave the site or crash the route, and the classic variants. */
const HOSTILE = [
  '/\t/evil.example/phish',
  '/\n/evil.example/phish',
  '/\r/evil.example/phish',
  '/\u0000/evil.example',
  '/\u3000/evil.example',
  '/\u3000',
  '/é\u0000',
  '//evil.example',
  '/\\evil.example',
  '/\\/evil.example',
  '\\\\evil.example',
  '/.//evil.example/x',
  '/./\t/evil.example',
  '/%2e//evil.example',
  'https://evil.example',
  'javascript:alert(1)',
  '/\u2028/evil.example',
  '/\u200B/evil.example',
  '/\uFEFF/evil.example',
  ' /evil.example',
  '',
]

/** Strings made of the characters that matter to URL parsing, and anything else. */
const candidates = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }).map((tail) => `/${tail}`),
  fc.string({
    unit: fc.constantFrom(
      '/',
      '\\',
      '.',
      '%',
      '2',
      'e',
      'f',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u3000',
      ' ',
      ':',
      '@',
      '?',
      '#',
      'a',
      'é',
      'evil.example',
      'http:',
      '\u00A0',
    ),
    maxLength: 16,
  }),
  fc.webUrl(),
  fc.string({ unit: 'binary', maxLength: 40 }),
)

describe('safeRedirectPath', () => {
  it('keeps paths of the site with their query and fragment', () => {
    expect(safeRedirectPath('/articles/un-article?x=1#commentaires')).toBe(
      '/articles/un-article?x=1#commentaires',
    )
    expect(safeRedirectPath('/recherche?q=%C3%A9t%C3%A9')).toBe('/recherche?q=%C3%A9t%C3%A9')
    expect(safeRedirectPath('/rubriques/été')).toBe('/rubriques/%C3%A9t%C3%A9')
  })

  it.each(HOSTILE)('refuses %j', (target) => {
    expect(safeRedirectPath(target)).toBe('/')
    expect(safeRedirectPath(target, '/moderation')).toBe('/moderation')
  })

  it('never answers anything that leaves the origin or breaks the header (property)', () => {
    fc.assert(
      fc.property(candidates, (target) => {
        const path = safeRedirectPath(target)
        assertSameOrigin(path)
        // Stable: a checked path passes again unchanged (the preview path is parsed twice).
        expect(safeRedirectPath(path)).toBe(path)
      }),
      { numRuns: 2_000 },
    )
  })
})

describe('/api/draft-mode/disable', () => {
  it.each(HOSTILE)('redirects %j to a path of the site, never a 500', async (target) => {
    const { GET } = await import('@/app/api/draft-mode/disable/route')
    const { NextRequest } = await import('next/server')
    const url = new URL('http://127.0.0.1/api/draft-mode/disable')
    url.searchParams.set('redirect', target)
    const location = await GET(new NextRequest(url)).then(
      () => {
        throw new Error('pas de redirection')
      },
      (error: { digest?: string }) =>
        /^NEXT_REDIRECT;[^;]*;(.*);\d+;$/s.exec(error.digest ?? '')?.[1],
    )
    expect(location).toBeDefined()
    assertSameOrigin(location ?? '')
  })
})
