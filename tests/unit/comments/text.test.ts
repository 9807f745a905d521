import { renderToStaticMarkup } from 'react-dom/server'
import { createElement } from 'react'
import { describe, expect, it } from 'vitest'

import { CommentBody } from '@/components/comments/CommentBody'
import {
  commentCountLabel,
  countLinks,
  exactDateFr,
  linkify,
  passageExcerpt,
  relativeDateFr,
} from '@/lib/comments/text'

const render = (body: string) => renderToStaticMarkup(createElement(CommentBody, { body }))

describe('linkify', () => {
  it('turns http(s) and www. URLs into links, leaving trailing punctuation out', () => {
    expect(linkify('Voir https://exemple.fr/page, puis www.exemple.org.')).toEqual([
      { type: 'text', text: 'Voir ' },
      { type: 'link', href: 'https://exemple.fr/page', text: 'https://exemple.fr/page' },
      { type: 'text', text: ', puis ' },
      { type: 'link', href: 'https://www.exemple.org/', text: 'www.exemple.org' },
      { type: 'text', text: '.' },
    ])
  })

  it('keeps a parenthesis that belongs to the URL', () => {
    const links = linkify('(https://fr.wikipedia.org/wiki/Lyon_(ville))').filter(
      (s) => s.type === 'link',
    )
    expect(links[0]?.href).toBe('https://fr.wikipedia.org/wiki/Lyon_(ville)')
  })

  it('never links other schemes', () => {
    for (const body of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(linkify(body).some((segment) => segment.type === 'link')).toBe(false)
    }
  })

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'https://exemple.fr/"><script>alert(1)</script>',
    "https://exemple.fr/' onmouseover='alert(1)",
    'https://exemple.fr/<svg/onload=alert(1)>',
    'www.exemple.fr/"onfocus="alert(1)"autofocus="',
    'https://user:pass@exemple.fr/',
    '&lt;script&gt; &amp; https://exemple.fr/?a=1&b=<2>',
  ])('renders %s as inert text', (payload) => {
    const html = render(payload)
    expect(html).not.toMatch(/<script|<img|<svg|<[^>]*\son\w+=/i)
    expect(html).not.toMatch(/href="(?!https?:\/\/)/)
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).not.toMatch(/[<>"']/)
  })

  it('escapes markup and marks links nofollow ugc noopener', () => {
    expect(render('a < b & https://exemple.fr')).toBe(
      '<div class="space-y-3 break-words whitespace-pre-line"><p><span>a &lt; b &amp; </span><a href="https://exemple.fr/" rel="nofollow ugc noopener" class="text-accent-ink underline">https://exemple.fr</a></p></div>',
    )
  })

  it('counts links', () => {
    expect(countLinks('https://a.fr https://b.fr www.c.fr javascript:d')).toBe(3)
  })
})

describe('commentCountLabel', () => {
  it('uses French plurals', () => {
    expect(commentCountLabel(0)).toBe('Aucun commentaire')
    expect(commentCountLabel(1)).toBe('1 commentaire')
    expect(commentCountLabel(2)).toBe('2 commentaires')
    expect(commentCountLabel(12)).toBe('12 commentaires')
    expect(commentCountLabel(1234)).toBe('1\u202F234 commentaires')
  })
})

describe('dates', () => {
  const now = new Date('2026-11-30T12:00:00Z')
  it('says how long ago, in French', () => {
    expect(relativeDateFr('2026-11-27T12:00:00Z', now)).toBe('il y a 3 jours')
    expect(relativeDateFr('2026-11-29T11:00:00Z', now)).toBe('hier')
    expect(relativeDateFr('2026-11-30T11:59:30Z', now)).toBe('à l’instant')
    expect(relativeDateFr('2026-11-30T09:00:00Z', now)).toBe('il y a 3 heures')
    expect(relativeDateFr('2026-11-30T11:55:00Z', now)).toBe('il y a 5 minutes')
    expect(relativeDateFr('2026-10-15T12:00:00Z', now)).toBe('le mois dernier')
    expect(relativeDateFr('2024-11-30T12:00:00Z', now)).toBe('il y a 2 ans')
  })
  it('gives the exact date in Paris time', () => {
    expect(exactDateFr('2026-11-17T08:42:00Z')).toBe('17 novembre 2026 à 09:42')
  })
})

describe('passageExcerpt', () => {
  it('keeps a short passage whole, spaces folded', () => {
    expect(passageExcerpt('  Une phrase\n courte. ', 300)).toBe('Une phrase courte.')
  })

  it('shortens a long passage at a word boundary and ends it with « … »', () => {
    const text = 'Le dialogue social se construit dans la durée, avec patience et méthode.'
    const quote = passageExcerpt(text, 30)
    expect(quote).toBe('Le dialogue social se…')
    expect([...quote].length).toBeLessThanOrEqual(30)
    expect(text.startsWith(quote.slice(0, -1))).toBe(true)
  })

  it('cuts a single unbroken word when it has to', () => {
    expect(passageExcerpt('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`)
  })
})
