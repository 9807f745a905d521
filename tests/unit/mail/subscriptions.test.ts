import { describe, expect, it } from 'vitest'

import type { Mailer } from '@/lib/mail/transport'
import { notifyCommentApproved } from '@/lib/subscriptions/notify'
import { confirmSubscription, requestSubscription } from '@/lib/subscriptions/subscribe'
import { subscriptionRows } from '@/lib/subscriptions/tables'
import { unsubscribe } from '@/lib/subscriptions/unsubscribe'

import { ARTICLE, addComment, testWorld, tokenFrom } from './helpers'

const READER = { email: 'Lectrice@Example.org', name: 'Lectrice <b>assidue</b>' }
const SAMUEL = 'article-3-questions-a-samuel-tiemtore'

function statusOf(world: ReturnType<typeof testWorld>, email: string) {
  return subscriptionRows(world.deps.db, 'SELECT * FROM subscriptions WHERE email = ?', email).map(
    (row) => `${row.kind}:${row.status}`,
  )
}

describe('double opt-in, notifications and unsubscribe', () => {
  it('goes pending → confirmed → notified → unsubscribed → silent', async () => {
    const world = testWorld()
    await requestSubscription(world.deps, { ...READER, articleId: ARTICLE, kind: 'thread' })
    expect(statusOf(world, 'lectrice@example.org')).toEqual(['thread:pending'])
    const [confirmation] = world.outbox()
    expect(confirmation?.to).toBe('lectrice@example.org')
    expect(confirmation?.subject).toBe('Confirmez votre abonnement aux commentaires')
    expect(confirmation?.text).toContain('3 questions à Hélène Varambon')
    expect(confirmation?.html).toContain('Lectrice &lt;b&gt;assidue&lt;/b&gt;')
    expect(confirmation?.headers['list-unsubscribe']).toBeUndefined()

    // A pending subscription is not notified.
    const early = addComment(world.lake, { email: 'autre@example.com', name: 'Autre' })
    await notifyCommentApproved(world.deps, early)
    expect(world.outbox().filter((mail) => mail.to === 'lectrice@example.org')).toHaveLength(1)

    const token = tokenFrom(confirmation?.links ?? [], '/abonnements/confirmer')
    const confirmed = await confirmSubscription(world.deps, token)
    expect(confirmed).toMatchObject({
      ok: true,
      article: { path: '/articles/3-questions-a-helene-varambon' },
    })
    expect(statusOf(world, 'lectrice@example.org')).toEqual(['thread:confirmed'])
    expect(await confirmSubscription(world.deps, token)).toMatchObject({ ok: true })

    // Already confirmed: asking again sends nothing.
    await requestSubscription(world.deps, { ...READER, articleId: ARTICLE, kind: 'thread' })
    expect(world.outbox()).toHaveLength(2)

    const comment = addComment(world.lake, {
      email: 'bob@example.com',
      name: 'Bob <script>alert(1)</script>',
      body: 'Premier point : <em>bravo</em>.',
    })
    await notifyCommentApproved(world.deps, comment)
    const afterFirst = world.outbox()
    const notification = afterFirst.find(
      (mail) =>
        mail.to === 'lectrice@example.org' && mail.subject.startsWith('Nouveau commentaire'),
    )
    expect(notification?.text).toContain('Premier point : <em>bravo</em>.')
    expect(notification?.html).not.toContain('<script>')
    expect(notification?.html).toContain('Bob &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(notification?.headers['list-unsubscribe-post']).toEqual(['List-Unsubscribe=One-Click'])
    const published = afterFirst.filter((mail) => mail.to === 'bob@example.com')
    expect(published.map((mail) => mail.subject)).toEqual(['Votre commentaire est publié'])
    expect(published[0]?.headers['list-unsubscribe']).toHaveLength(1)

    // Idempotent per (comment, recipient).
    await notifyCommentApproved(world.deps, comment)
    expect(world.outbox()).toHaveLength(afterFirst.length)

    const oneClick = notification?.headers['list-unsubscribe']?.[0]?.replace(/^<|>$/g, '') ?? ''
    expect(new URL(oneClick).pathname).toBe('/abonnements/desabonner/un-clic')
    const token2 = new URL(oneClick).searchParams.get('jeton') ?? ''
    expect(await unsubscribe(world.deps, token2)).toMatchObject({ ok: true, scope: 'subscription' })
    expect(statusOf(world, 'lectrice@example.org')).toEqual(['thread:unsubscribed'])
    // A confirmation link used after unsubscribing does not resubscribe.
    expect(await confirmSubscription(world.deps, token)).toEqual({
      ok: false,
      problem: 'unsubscribed',
    })

    const later = addComment(world.lake, { email: 'carla@example.com', name: 'Carla' })
    await notifyCommentApproved(world.deps, later)
    expect(world.outbox().filter((mail) => mail.to === 'lectrice@example.org')).toHaveLength(2)
  })

  it('notifies reply subscribers once, skips the author, and ignores unapproved comments', async () => {
    const world = testWorld()
    const parent = addComment(world.lake, { email: 'ana@example.com', name: 'Ana' })
    await requestSubscription(world.deps, {
      email: 'ana@example.com',
      name: 'Ana',
      articleId: ARTICLE,
      kind: 'replies',
      commentId: parent,
    })
    await requestSubscription(world.deps, {
      email: 'ana@example.com',
      name: 'Ana',
      articleId: ARTICLE,
      kind: 'thread',
    })
    await requestSubscription(world.deps, {
      email: 'zoe@example.com',
      name: 'Zoé',
      articleId: ARTICLE,
      kind: 'thread',
    })
    for (const mail of world.outbox()) {
      await confirmSubscription(world.deps, tokenFrom(mail.links, '/abonnements/confirmer'))
    }
    const sent = world.outbox().length
    const pending = addComment(world.lake, {
      email: 'zoe@example.com',
      name: 'Zoé',
      parent,
      status: 'pending',
    })
    await notifyCommentApproved(world.deps, pending)
    expect(world.outbox()).toHaveLength(sent)

    world.lake.mutate([{ patch: { id: pending, set: { status: 'approved' } } }])
    await notifyCommentApproved(world.deps, pending)
    const fresh = world.outbox().slice(sent)
    // Ana: one mail (the reply notice wins over the thread one); Zoé, the author: « publié » only.
    expect(fresh.map((mail) => `${mail.to} ${mail.subject}`).sort()).toEqual([
      'ana@example.com Nouvelle réponse à votre commentaire',
      'zoe@example.com Votre commentaire est publié',
    ])
  })

  it('refuses unknown articles, foreign comments and a replies request without comment', async () => {
    const world = testWorld()
    const foreign = addComment(world.lake, { email: 'x@example.com', name: 'X' }, SAMUEL)
    await expect(
      requestSubscription(world.deps, { ...READER, articleId: 'article-nope', kind: 'thread' }),
    ).rejects.toThrow(/article inconnu/)
    await expect(
      requestSubscription(world.deps, {
        ...READER,
        articleId: ARTICLE,
        kind: 'replies',
        commentId: foreign,
      }),
    ).rejects.toThrow()
    await expect(
      requestSubscription(world.deps, { ...READER, articleId: ARTICLE, kind: 'replies' }),
    ).rejects.toThrow()
    await expect(
      requestSubscription(world.deps, {
        ...READER,
        email: 'pas-une-adresse',
        articleId: ARTICLE,
        kind: 'thread',
      }),
    ).rejects.toThrow()
    expect(world.outbox()).toHaveLength(0)
  })

  it('retries a notification whose delivery failed', async () => {
    let failures = 1
    const world = testWorld((mailer: Mailer) => ({
      send: async (mail) => {
        if (failures-- > 0) throw new Error('SMTP indisponible')
        return mailer.send(mail)
      },
    }))
    const comment = addComment(world.lake, { email: 'bob@example.com', name: 'Bob' })
    await notifyCommentApproved(world.deps, comment)
    expect(world.outbox()).toHaveLength(0)
    expect(world.errors).toHaveLength(1)
    await notifyCommentApproved(world.deps, comment)
    await notifyCommentApproved(world.deps, comment)
    expect(world.outbox().map((mail) => mail.to)).toEqual(['bob@example.com'])
  })
})

describe('per-address limits and opt-out', () => {
  it('sends at most 3 confirmation mails per address per 24 hours', async () => {
    const world = testWorld()
    const articles = [
      ARTICLE,
      SAMUEL,
      'article-3-questions-a-ines-carrada',
      'article-3-questions-a-mathilde-sarrazet',
    ]
    for (const articleId of articles) {
      await requestSubscription(world.deps, { ...READER, articleId, kind: 'thread' })
    }
    await requestSubscription(world.deps, { ...READER, articleId: ARTICLE, kind: 'thread' })
    expect(world.outbox()).toHaveLength(3)
    // Another address is not affected.
    await requestSubscription(world.deps, {
      email: 'b@example.com',
      name: 'B',
      articleId: ARTICLE,
      kind: 'thread',
    })
    expect(world.outbox()).toHaveLength(4)
    world.advance(24 * 3600 * 1000 + 1)
    await requestSubscription(world.deps, { ...READER, articleId: ARTICLE, kind: 'thread' })
    expect(world.outbox()).toHaveLength(5)
  })

  it('stops every mail to an address that used « ne plus recevoir aucun message »', async () => {
    const world = testWorld()
    await requestSubscription(world.deps, { ...READER, articleId: ARTICLE, kind: 'thread' })
    const [confirmation] = world.outbox()
    const stopAll = tokenFrom(confirmation?.links ?? [], '/abonnements/desabonner')
    expect(await unsubscribe(world.deps, stopAll)).toMatchObject({ ok: true, scope: 'all' })
    await requestSubscription(world.deps, { ...READER, articleId: SAMUEL, kind: 'thread' })
    const own = addComment(world.lake, { email: 'lectrice@example.org', name: 'L' })
    await notifyCommentApproved(world.deps, own)
    expect(world.outbox()).toHaveLength(1)
    expect(statusOf(world, 'lectrice@example.org').sort()).toEqual([
      'thread:pending',
      'thread:unsubscribed',
    ])
  })
})
