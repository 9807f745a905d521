import { describe, expect, it } from 'vitest'

import { BODY_MAX, parseCommentForm } from '@/lib/comments/schema'

function form(overrides: Record<string, string | undefined> = {}): FormData {
  const data = new FormData()
  const base: Record<string, string | undefined> = {
    articleId: 'article-3-questions-a-helene-varambon',
    name: 'Lucie Martin',
    email: 'lucie.martin@example.fr',
    body: 'Un entretien éclairant, merci.',
    consent: 'on',
    ...overrides,
  }
  for (const [key, value] of Object.entries(base)) if (value !== undefined) data.set(key, value)
  return data
}

function errorsOf(data: FormData) {
  const result = parseCommentForm(data)
  if (result.ok) throw new Error('expected a refusal')
  return result.errors
}

describe('comment form validation', () => {
  it('accepts a complete form, trims and normalises line breaks', () => {
    const result = parseCommentForm(
      form({ body: '  Première ligne\r\nSeconde ligne  ', notifyThread: 'on' }),
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.body).toBe('Première ligne\nSeconde ligne')
    expect(result.data.notifyThread).toBe(true)
    expect(result.data.notifyReplies).toBe(false)
    expect(result.data.parentId).toBeUndefined()
  })

  it('requires consent, with a French message', () => {
    expect(errorsOf(form({ consent: undefined })).consent).toMatch(/Cochez cette case/)
  })

  it('refuses a malformed e-mail and an over-long one', () => {
    expect(errorsOf(form({ email: 'lucie@' })).email).toMatch(/n’est pas valide/)
    expect(errorsOf(form({ email: `${'a'.repeat(250)}@example.fr` })).email).toMatch(/254/)
  })

  it('refuses a body over 4 000 characters instead of cutting it', () => {
    expect(parseCommentForm(form({ body: 'é'.repeat(BODY_MAX) })).ok).toBe(true)
    expect(errorsOf(form({ body: 'é'.repeat(BODY_MAX + 1) })).body).toMatch(
      /4\u202F001 caractères.*4\u202F000/,
    )
  })

  it('counts characters, not UTF-16 units', () => {
    expect(parseCommentForm(form({ body: '😀'.repeat(BODY_MAX) })).ok).toBe(true)
  })

  it('refuses an empty or blank body', () => {
    expect(errorsOf(form({ body: '   \n ' })).body).toBe('Écrivez votre commentaire.')
  })

  it('refuses NUL and bidirectional override characters in the body', () => {
    expect(errorsOf(form({ body: 'abc\u0000def' })).body).toMatch(/caractère nul/)
    expect(errorsOf(form({ body: 'facture \u202Egnp.exe' })).body).toMatch(/sens du texte/)
    expect(errorsOf(form({ body: 'isolat \u2066x\u2069' })).body).toMatch(/sens du texte/)
  })

  it('refuses CR, LF and control characters in the name, and names over 80 characters', () => {
    expect(errorsOf(form({ name: 'Lucie\r\nBcc: x@y.z' })).name).toMatch(/une ligne/)
    expect(errorsOf(form({ name: 'Lucie\u0007' })).name).toMatch(/une ligne/)
    expect(errorsOf(form({ name: 'x'.repeat(81) })).name).toMatch(/80/)
    expect(errorsOf(form({ name: '  ' })).name).toBe('Indiquez votre nom.')
  })

  it('refuses a filled honeypot', () => {
    expect(errorsOf(form({ website: 'https://spam.example' })).website).toMatch(/rester vide/)
  })

  it('checks the shape of the parent id and of the anchor', () => {
    expect(errorsOf(form({ parentId: 'article-x' })).parentId).toMatch(/introuvable/)
    expect(
      parseCommentForm(form({ parentId: 'comment.3cb080fe-af06-5a04-a0d9-de1a21025773' })).ok,
    ).toBe(true)
    expect(errorsOf(form({ anchorBlockKey: 'a b' })).anchorBlockKey).toMatch(/introuvable/)
    expect(
      errorsOf(form({ anchorBlockKey: 'abc', anchorQuote: 'x'.repeat(301) })).anchorQuote,
    ).toMatch(/300/)
  })

  it('reports one message per field, all fields at once', () => {
    const errors = errorsOf(form({ name: '', email: 'non', body: '', consent: undefined }))
    expect(Object.keys(errors).sort()).toEqual(['body', 'consent', 'email', 'name'])
  })

  it('stores names in NFC and refuses invisible characters that allow impersonation', () => {
    const decomposed = 'Hélène Varambon'.normalize('NFD')
    const result = parseCommentForm(form({ name: decomposed }))
    expect(result.ok && result.data.name).toBe('Hélène Varambon'.normalize('NFC'))
    const lookalikes = {
      'espace sans largeur': 'Hélène\u200BVarambon',
      'anti-liant sans largeur': 'Hélène\u200CVarambon',
      'liant sans largeur': 'Hélène\u200DVarambon',
      'marque gauche-à-droite': '\u200EHélène Varambon',
      'marque droite-à-gauche': 'Hélène Varambon\u200F',
      'marque de lettre arabe': 'Hélène\u061C Varambon',
      'gluon de mots': 'Hélène\u2060Varambon',
      'indicateur d’ordre des octets': 'Hélène\uFEFFVarambon',
      'trait d’union conditionnel': 'Hé\u00ADlène Varambon',
      'remplissage hangul': 'Hélène\u3164Varambon',
      'séparateur de ligne': 'Hélène\u2028Varambon',
      'étiquette Unicode': 'Hélène\u{E0041}Varambon',
    }
    for (const [label, name] of Object.entries(lookalikes)) {
      expect(errorsOf(form({ name })).name, label).toMatch(/caractères invisibles|inversion/)
    }
    // Emoji keep their presentation selector; accents and apostrophes are names.
    for (const name of ['Zoé ❤️', 'Jean-Éric d’Arcy', 'Ægir Øster', '李雷']) {
      expect(parseCommentForm(form({ name })).ok, name).toBe(true)
    }
  })
})
