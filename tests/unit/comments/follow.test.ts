import { describe, expect, it } from 'vitest'

import { followThread } from '@/lib/subscriptions/follow'
import { confirmSubscription } from '@/lib/subscriptions/subscribe'
import { subscriptionRows } from '@/lib/subscriptions/tables'

import { ARTICLE, testWorld, tokenFrom } from '../mail/helpers'

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}

const target = { articleId: ARTICLE, ip: 'direct' }

describe('following a thread without commenting', () => {
  it('records a pending thread subscription and mails its confirmation link (double opt-in)', async () => {
    const world = testWorld()
    const result = await followThread(world.deps, form({ email: ' Suiveuse@Example.org ' }), target)
    expect(result).toEqual({ ok: true })
    const rows = subscriptionRows(world.deps.db, 'SELECT * FROM subscriptions')
    expect(rows.map((row) => [row.email, row.kind, row.status, row.article_id])).toEqual([
      ['suiveuse@example.org', 'thread', 'pending', ARTICLE],
    ])
    const [mail] = world.outbox()
    expect(mail?.subject).toBe('Confirmez votre abonnement aux commentaires')
    const token = tokenFrom(mail?.links ?? [], '/abonnements/confirmer')
    expect(await confirmSubscription(world.deps, token)).toMatchObject({ ok: true })
    expect(subscriptionRows(world.deps.db, 'SELECT * FROM subscriptions')[0]?.status).toBe(
      'confirmed',
    )
  })

  it('refuses an invalid address or a filled honeypot in French, recording nothing', async () => {
    const world = testWorld()
    expect(await followThread(world.deps, form({ email: 'lucie@' }), target)).toEqual({
      ok: false,
      error: 'Cette adresse e-mail n’est pas valide (exemple : nom@domaine.fr).',
      email: 'lucie@',
    })
    expect(await followThread(world.deps, form({}), target)).toMatchObject({
      ok: false,
      error: 'Indiquez votre adresse e-mail.',
    })
    expect(
      await followThread(
        world.deps,
        form({ email: 'robot@example.org', website: 'http://robot.example' }),
        target,
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/rester vide/) })
    expect(subscriptionRows(world.deps.db, 'SELECT * FROM subscriptions')).toEqual([])
    expect(world.outbox()).toEqual([])
  })

  it('counts requests against the per-address limit', async () => {
    const world = testWorld()
    const answers = []
    for (let i = 0; i < 6; i++) {
      answers.push(await followThread(world.deps, form({ email: 'insistant@example.org' }), target))
    }
    expect(answers.slice(0, 5).every((answer) => answer.ok)).toBe(true)
    expect(answers[5]).toMatchObject({ ok: false, error: expect.stringMatching(/Réessayez/) })
  })
})
