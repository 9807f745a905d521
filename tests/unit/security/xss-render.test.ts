import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

import { Thread, DEFAULT_VIEW } from '@/components/comments/Thread'
import { QueueItem } from '@/components/moderation/QueueItem'
import { Highlighted } from '@/components/search/Highlighted'
import type { PublicComment } from '@/lib/comments'
import type { QueueItem as Item } from '@/lib/moderation'
import { pendingMail } from '@/lib/moderation/notify'
import { tokenize } from '@/lib/search'
import {
  confirmationMail,
  deletionMail,
  notificationMail,
  publishedMail,
} from '@/lib/subscriptions/mails'
import { ONE_LINE_PAYLOADS, XSS_PAYLOADS } from '@/tests/fixtures/xss-payloads'

import { executableMarkup, visibleText } from './inert'

// Rendered outside Next's App Router: the thread's SoftLinks ask for the router, which they only
// use when clicked.
vi.mock('next/navigation', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => undefined }),
}))

/*
 * Every payload of the corpus, as a name, a comment body, a quoted passage, a search and a mail
 * field, rendered by the real components and mail builders, then parsed as a browser would.
 */
const UGC_REL = ['nofollow', 'ugc', 'noopener'] as const
const SITE = 'https://kiosque.example'
const uuid = (i: number) => `00000000-0000-4000-8000-${i.toString().padStart(12, '0')}`

function publicComment(i: number, payload: string): PublicComment {
  return {
    _id: `comment.${uuid(i)}`,
    parentId: i % 3 === 1 ? `comment.${uuid(i - 1)}` : null,
    authorName: payload,
    // The payload alone, then beside a real link so the linkifier runs over it.
    body:
      i % 2
        ? payload
        : `${payload} voir https://exemple.fr/${payload} et www.exemple.org/?q=${payload}`,
    votes: i,
    createdAt: '2026-11-29T10:00:00Z',
    anchor: { blockKey: `b${i}`, quote: payload },
  }
}

function queueItem(i: number, payload: string): Item {
  return {
    _id: `comment.${uuid(i)}`,
    _rev: `rev${i}`,
    status: 'pending',
    authorName: payload,
    authorEmail: `lecteur${i}@example.fr`,
    body: payload,
    createdAt: '2026-11-29T10:00:00Z',
    anchor: { blockKey: 'b1', quote: payload },
    article: { _id: 'article-x', headline: payload, slug: `article-${i}` },
    parent: {
      _id: `comment.${uuid(i + 1000)}`,
      authorName: payload,
      body: payload,
      status: 'approved',
    },
    moderation: [
      { _key: `k${i}`, action: 'edited', by: payload, at: '2026-11-29T10:00:00Z', note: payload },
    ],
    signals: { links: 3, banned: false, recentFromEmail: 2 },
  }
}

describe('XSS corpus', () => {
  it('holds at least 200 distinct payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(200)
  })
})

describe('public comment thread', () => {
  it('renders every payload as text: no element, no handler, no script URL, ugc links only', () => {
    const comments = XSS_PAYLOADS.map((payload, i) => publicComment(i, payload))
    const html = renderToStaticMarkup(
      createElement(Thread, {
        comments,
        settings: { autoApproveKnownAuthors: false, maxDepth: 3, pageSize: 1000 },
        view: { ...DEFAULT_VIEW, showAll: true },
        now: new Date('2026-11-30T10:00:00Z'),
      }),
    )
    const problems = executableMarkup(html, { externalRel: UGC_REL })
    const text = visibleText(html)
    const lost = ONE_LINE_PAYLOADS.filter((payload) => !text.includes(payload))
    const links = (html.match(/<a [^>]*rel="nofollow ugc noopener"/g) ?? []).length
    expect(problems).toEqual([])
    expect(lost).toEqual([])
    expect(links).toBeGreaterThan(XSS_PAYLOADS.length / 2)
  })
})

describe('moderation queue item', () => {
  it('shows every payload as text in name, body, parent, passage, headline and trail', () => {
    const html = renderToStaticMarkup(
      createElement(
        'ol',
        null,
        XSS_PAYLOADS.map((payload, i) =>
          createElement(QueueItem, {
            key: i,
            item: queueItem(i, payload),
            retour: '/moderation',
            ipKnown: true,
            bulkFormId: 'lot',
            strict: true,
          }),
        ),
      ),
    )
    const problems = executableMarkup(html)
    const text = visibleText(html)
    const lost = ONE_LINE_PAYLOADS.filter((payload) => !text.includes(payload))
    expect(problems).toEqual([])
    expect(lost).toEqual([])
  })
})

describe('search results', () => {
  it('highlights a hostile query inside a hostile text without creating markup', () => {
    const problems = XSS_PAYLOADS.flatMap((payload) =>
      executableMarkup(
        renderToStaticMarkup(
          createElement(Highlighted, { text: `Titre ${payload}`, tokens: tokenize(payload) }),
        ),
      ),
    )
    expect(problems).toEqual([])
  })
})

describe('mails', () => {
  it('escape names, comment bodies and headlines in every HTML mail', async () => {
    const article = (payload: string) => ({ headline: payload, url: `${SITE}/articles/a` })
    const stop = { page: `${SITE}/abonnements/desabonner?jeton=x`, oneClick: `${SITE}/u` }
    let mails = 0
    const problems: string[] = []
    const lost: string[] = []
    for (const payload of XSS_PAYLOADS) {
      const to = { email: 'lecteur@example.fr', name: payload }
      const built = await Promise.all([
        confirmationMail(to, 'thread', article(payload), `${SITE}/c`, `${SITE}/s`),
        publishedMail(to, article(payload), payload, `${SITE}/a#c`, stop),
        notificationMail(
          to,
          'replies',
          article(payload),
          { authorName: payload, body: payload },
          `${SITE}/a#c`,
          stop,
        ),
        deletionMail('lecteur@example.fr', `${SITE}/d`, `${SITE}/s`),
        pendingMail(
          {
            ...queueItem(0, payload),
            articleId: 'article-x',
            moderation: null,
          },
          { address: 'moderateur@example.fr', name: payload },
          {
            approve: `${SITE}/moderation/decision?jeton=a`,
            reject: `${SITE}/moderation/decision?jeton=r`,
          },
          SITE,
        ),
      ])
      for (const mail of built) {
        mails++
        problems.push(...executableMarkup(mail.html))
        const text = visibleText(mail.html)
        if (ONE_LINE_PAYLOADS.includes(payload) && mail !== built[3] && !text.includes(payload)) {
          lost.push(payload)
        }
      }
    }
    expect(mails).toBeGreaterThan(0)
    expect(problems).toEqual([])
    expect(lost).toEqual([])
  })
})
