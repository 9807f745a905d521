import { describe, expect, it } from 'vitest'

import { sanitizeSubject } from '@/lib/mail/message'
import { mailPreviews } from '@/lib/mail/previews'
import { commentSubject, shortenAtWord, SUBJECT_MAX } from '@/lib/mail/subject'
import { pendingMail, type PendingComment } from '@/lib/moderation/mails'
import { decisionLinks } from '@/lib/moderation/mail-links'

import { visibleText } from '../security/inert'

const SITE = 'https://kiosque.example'
const HEADLINE =
  '3 questions à Claire Montadier, nouvelle directrice générale de la Coopérative des transports de l’Ouest'

function pending(authorName: string, body = 'Un avis mesuré.'): PendingComment {
  return {
    _id: `comment.${authorName.length}-0000`,
    _rev: 'r1',
    status: 'pending',
    authorName,
    authorEmail: 'lecteur@example.org',
    body,
    createdAt: '2026-11-30T09:00:00Z',
    anchor: null,
    articleId: 'article-claire',
    article: { _id: 'article-claire', headline: HEADLINE, slug: 'claire-montadier' },
    parent: null,
    moderation: null,
  }
}

const moderator = { address: 'moderatrice@kiosque.example', name: 'Inès' }

describe('subjects', () => {
  it('shorten at a word boundary with « … », never inside a word', () => {
    const subject = sanitizeSubject(`Commentaire à modérer : ${HEADLINE} ${HEADLINE}`)
    expect(subject.endsWith('…')).toBe(true)
    expect(subject.length).toBeLessThanOrEqual(150)
    const kept = subject.slice(0, -1)
    expect(`Commentaire à modérer : ${HEADLINE} ${HEADLINE}`.startsWith(kept)).toBe(true)
    expect(`Commentaire à modérer : ${HEADLINE} ${HEADLINE}`[kept.length]).toBe(' ')
    expect(shortenAtWord('Une ligne courte', 80)).toBe('Une ligne courte')
    expect(shortenAtWord('Anticonstitutionnellement', 10)).toBe('Anticonst…')
  })

  it('name the commenter: six pending comments give six different subjects', async () => {
    const authors = ['Ana', 'Bruno', 'Chloé', 'David', 'Élise', 'Farid']
    const subjects = await Promise.all(
      authors.map(async (name) => (await pendingMail(pending(name), moderator, {}, SITE)).subject),
    )
    expect(new Set(subjects).size).toBe(6)
    for (const [index, subject] of subjects.entries()) {
      expect(subject).toContain(authors[index])
      expect(subject.startsWith('Commentaire à modérer')).toBe(true)
      expect(subject.length).toBeLessThanOrEqual(SUBJECT_MAX)
      expect(sanitizeSubject(subject)).toBe(subject)
    }
    expect(subjects[0]).toBe(
      'Commentaire à modérer : Ana sur « 3 questions à Claire Montadier, nouvelle directrice générale… »',
    )
  })

  it('keep a long name whole and still fit', () => {
    const subject = commentSubject(
      'Nouveau commentaire de',
      'Jean-Baptiste de La Tour-Maubourg',
      HEADLINE,
    )
    expect(subject).toContain('Jean-Baptiste de La Tour-Maubourg sur « 3 questions')
    expect(subject.endsWith('… »')).toBe(true)
    expect(subject.length).toBeLessThanOrEqual(SUBJECT_MAX)
  })
})

describe('the moderation mail', () => {
  const links = decisionLinks(
    SITE,
    'un-secret-de-test-suffisamment-long-pour-hmac',
    'comment.x',
    'm1',
  )

  it('reads in order: who, the quote, Approuver, Rejeter, spam, the article, the queue', async () => {
    const mail = await pendingMail(
      pending('Ana', 'Premier point.\nSecond point.'),
      moderator,
      links,
      SITE,
    )
    const at = (needle: string) => {
      const index = mail.text.indexOf(needle)
      expect(index, needle).toBeGreaterThanOrEqual(0)
      return index
    }
    const order = [
      at('Ana a déposé un commentaire'),
      at('> Premier point.\n> Second point.'),
      at(`Approuver : ${links.approve}`),
      at(`Rejeter : ${links.reject}`),
      at(`Marquer comme spam : ${links.spam}`),
      at(`Voir l’article : ${SITE}/articles/claire-montadier`),
      at(
        `Voir le commentaire dans la file de modération : ${SITE}/moderation?article=article-claire#commentaire-comment-3-0000`,
      ),
    ]
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    // In HTML the decisions are buttons: their long URLs are never shown as text.
    const shown = visibleText(mail.html)
    expect(shown).not.toContain('jeton=')
    expect(shown.indexOf('Approuver')).toBeLessThan(shown.indexOf('Rejeter'))
    expect(shown.indexOf('Premier point.')).toBeLessThan(shown.indexOf('Approuver'))
  })

  it('without signed links (a listed address), offers the queue and no decision', async () => {
    const mail = await pendingMail(
      pending('Ana'),
      { address: 'redaction@kiosque.example' },
      {},
      SITE,
    )
    expect(mail.text).not.toContain('/moderation/decision')
    expect(mail.text).toContain(`${SITE}/moderation?article=article-claire#commentaire-`)
    expect(mail.text).toContain('Connectez-vous à la file de modération')
  })
})

describe('text part of every mail', () => {
  it('greets, carries every link of the HTML as « Label : URL », and ends with the footer', async () => {
    for (const { name, mail } of await mailPreviews(SITE)) {
      const text = mail.text
      expect(text.startsWith('Bonjour'), name).toBe(true)
      expect(text, name).not.toMatch(/<[a-z/][^>]*>/i)
      expect(text, name).toContain('\n-- \n')
      const hrefs = [...mail.html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((match) =>
        match[1]!.replaceAll('&amp;', '&'),
      )
      expect(hrefs.length, name).toBeGreaterThan(0)
      for (const href of hrefs) {
        // Each link on its own line, after its label.
        expect(text, `${name} : ${href}`).toMatch(
          new RegExp(`^[^\\n]+ : ${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'),
        )
      }
    }
  })
})
