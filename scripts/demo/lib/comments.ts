import type { ThreadInput } from '../content/types'
import type { Doc } from './documents'
import { digest, uuidFrom } from './hash'
import { ids } from './ids'
import { type BodyNode, plainText } from './pt'

const MODERATORS = ['Camille Roussey', 'Léa Bouchardy', 'Étienne Garandeau']

const later = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString().replace('.000Z', 'Z')

export const commentId = (articleSlug: string, key: string) =>
  `comment.${uuidFrom(`${articleSlug}/${key}`)}`

/**
 * Comment documents of one article. Fails on anything the site would refuse: a reply to a comment
 * that is not approved or belongs elsewhere, a date before publication, an anchor quote that is
 * not in the anchored block.
 */
export function commentDocuments(thread: ThreadInput, article: Doc): Doc[] {
  const body = article.body as (BodyNode & { _key: string })[]
  const publishedAt = Date.parse(String(article.publishedAt))
  const seen = new Map<string, { status: string; at: string }>()
  return thread.comments.map((c) => {
    const fail = (why: string) => {
      throw new Error(`Commentaire ${thread.article}/${c.key} : ${why}`)
    }
    if (seen.has(c.key)) fail('clé en double')
    if (Date.parse(c.at) <= publishedAt) fail('antérieur à la publication')
    if (c.parent) {
      const parent = seen.get(c.parent)
      if (!parent) fail(`parent ${c.parent} absent ou placé après`)
      if (parent?.status !== 'approved') fail('on ne répond qu’à un commentaire approuvé')
      if (parent && Date.parse(c.at) <= Date.parse(parent.at)) fail('réponse antérieure au parent')
    }
    seen.set(c.key, { status: c.status, at: c.at })

    let anchor: Record<string, string> | undefined
    if (c.anchor) {
      const node = body[c.anchor.node]
      if (!node || !plainText(node).includes(c.anchor.quote)) fail('citation introuvable')
      anchor = { _type: 'commentAnchor', blockKey: node?._key ?? '', quote: c.anchor.quote }
    }

    const moderator = MODERATORS[parseInt(digest(c.key, 2), 16) % MODERATORS.length]!
    const delay = 30 + (parseInt(digest(`${thread.article}${c.key}`, 3), 16) % 480)
    const trail: Record<string, string>[] = [{ action: 'submitted', by: c.name, at: c.at }]
    if (c.status === 'approved' || c.status === 'rejected') {
      trail.push({
        action: c.status,
        by: moderator,
        at: later(c.at, delay),
        ...(c.note ? { note: c.note } : {}),
      })
    }
    if (c.status === 'spam') {
      trail.push({
        action: 'spam',
        by: 'Filtre automatique',
        at: later(c.at, 1),
        note: c.note ?? 'Liens promotionnels répétés',
      })
    }
    if (c.edited) {
      trail.push({
        action: 'edited',
        by: moderator,
        at: later(c.at, delay + 45),
        note: 'Coquille corrigée à la demande de l’auteur',
      })
    }
    const id = commentId(thread.article, c.key)
    return {
      _id: id,
      _type: 'comment',
      article: { _type: 'reference', _ref: ids.article(thread.article) },
      ...(c.parent
        ? { parent: { _type: 'reference', _ref: commentId(thread.article, c.parent), _weak: true } }
        : {}),
      authorName: c.name,
      authorEmail: c.email,
      body: c.body,
      status: c.status,
      votes: c.status === 'approved' ? (c.votes ?? 0) : 0,
      createdAt: c.at,
      ...(anchor ? { anchor } : {}),
      moderation: trail.map((event, i) => ({
        _key: digest(`${id}/moderation/${i}`),
        _type: 'moderationEvent',
        ...event,
      })),
    }
  })
}
