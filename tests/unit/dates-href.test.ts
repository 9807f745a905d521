import { describe, expect, it } from 'vitest'

import { countWords, formatDate, formatMonth, formatPartialDate, readingMinutes } from '@/lib/dates'
import { absoluteUrl, resolveHref, sanitizeHref } from '@/lib/href'

describe('dates', () => {
  it('formats dates in French, in Paris time', () => {
    expect(formatDate('2026-10-12T08:00:00Z')).toBe('12 octobre 2026')
    expect(formatDate('2026-02-28T23:30:00Z')).toBe('1er mars 2026')
    expect(formatMonth('2026-06-10T10:00:00Z')).toBe('juin 2026')
    expect(formatPartialDate('2023-06')).toBe('juin 2023')
    expect(formatPartialDate('1998')).toBe('1998')
  })

  it('counts words and reading minutes', () => {
    expect(countWords('L’entreprise a recruté 12 personnes.')).toBe(6)
    expect(readingMinutes(0)).toBe(1)
    expect(readingMinutes(1150)).toBe(5)
  })
})

describe('resolveHref', () => {
  it('maps every type to its French path', () => {
    expect(resolveHref('article', 'trois-questions')).toBe('/articles/trois-questions')
    expect(resolveHref('person', 'claire-vasseur')).toBe('/personnalites/claire-vasseur')
    expect(resolveHref('organisation', 'numeria')).toBe('/organisations/numeria')
    expect(resolveHref('series', 'nomination-du-mois')).toBe('/rubriques/nomination-du-mois')
    expect(resolveHref('tag', 'emploi')).toBe('/themes/emploi')
    expect(resolveHref('author', 'lea-marchal')).toBe('/auteurs/lea-marchal')
    expect(resolveHref('article', null)).toBeNull()
  })

  it('builds absolute URLs', () => {
    expect(absoluteUrl('https://kiosque.example', '/articles/a')).toBe(
      'https://kiosque.example/articles/a',
    )
  })
})

describe('sanitizeHref', () => {
  it('keeps safe links and refuses script-bearing ones', () => {
    expect(sanitizeHref('https://exemple.fr/a?b=1')).toBe('https://exemple.fr/a?b=1')
    expect(sanitizeHref('/organisations/numeria')).toBe('/organisations/numeria')
    expect(sanitizeHref('mailto:redaction@example.com')).toBe('mailto:redaction@example.com')
    expect(sanitizeHref('javascript:alert(1)')).toBeNull()
    expect(sanitizeHref(' JaVaScRiPt:alert(1)')).toBeNull()
    expect(sanitizeHref('data:text/html;base64,PHNjcmlwdD4=')).toBeNull()
    expect(sanitizeHref('//evil.example')).toBeNull()
    expect(sanitizeHref('')).toBeNull()
  })
})
