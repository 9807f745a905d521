import { describe, expect, it } from 'vitest'

import { CONFIRMATION_ANCHORS, CONFIRMATIONS } from '@/lib/comments/nojs'
import { refusalPage, type RefusalPageInput } from '@/lib/comments/refusal-page'
import { APPROVED_MESSAGE, PENDING_MESSAGE } from '@/lib/comments/schema'

const base: RefusalPageInput = {
  articleId: 'article-x',
  articleTitle: 'Un « titre »',
  articlePath: '/articles/x',
  postPath: '/articles/x/commentaires',
  errors: { consent: 'Cochez cette case : sans votre accord, nous ne pouvons pas publier.' },
  values: {
    name: 'Élise',
    email: 'elise@example.org',
    body: 'Premier paragraphe.\n\nSecond, avec des accents : été.',
    notifyThread: true,
    notifyReplies: false,
    consent: false,
    parentId: 'comment.1',
    anchorBlockKey: 'bloc1',
    anchorQuote: 'un passage',
  },
  startToken: 'jeton.frais',
}

describe('page de refus sans JavaScript', () => {
  it('rend le texte saisi, les cases cochées, les champs cachés et l’erreur du champ', () => {
    const html = refusalPage(base)
    expect(html).toContain('>Premier paragraphe.\n\nSecond, avec des accents : été.</textarea>')
    expect(html).toContain('value="Élise"')
    expect(html).toContain('value="elise@example.org"')
    expect(html).toMatch(/name="notifyThread" checked/)
    expect(html).not.toMatch(/name="notifyReplies" checked/)
    expect(html).toContain('name="startToken" value="jeton.frais"')
    expect(html).toContain('name="parentId" value="comment.1"')
    expect(html).toContain('data-testid="erreur-consent"')
    expect(html).toContain('aria-describedby="erreur-consent"')
    expect(html).toContain('action="/articles/x/commentaires"')
    expect(html).toContain('<html lang="fr">')
  })

  it('neutralise le balisage dans chaque valeur renvoyée', () => {
    const evil = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    const html = refusalPage({
      ...base,
      articleTitle: evil,
      errors: { form: evil, body: evil },
      values: {
        ...base.values,
        name: evil,
        email: evil,
        body: `</textarea>${evil}`,
        anchorQuote: evil,
      },
    })
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('</textarea><')
    expect(html.match(/<textarea/g)).toHaveLength(1)
  })

  it('relie chaque message de confirmation à une ancre de la page de l’article', () => {
    const shown = Object.fromEntries(CONFIRMATIONS.map(({ anchor, message }) => [anchor, message]))
    expect(shown[CONFIRMATION_ANCHORS.pending]).toBe(PENDING_MESSAGE)
    expect(shown[CONFIRMATION_ANCHORS.approved]).toBe(APPROVED_MESSAGE)
    // A comment held as spam is announced as pending: its author learns nothing.
    expect(shown[CONFIRMATION_ANCHORS.spam]).toBe(PENDING_MESSAGE)
  })
})
