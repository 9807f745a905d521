import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { ban } from '@/lib/comments/bans'
import { signStartToken } from '@/lib/comments/form-token'
import type { LakeDocument } from '@/lib/lake'

import {
  APPROVED,
  ARTICLE,
  fixture,
  NOW,
  PENDING,
  SECRET,
  submission,
  submit,
  type Fixture,
} from './helpers'

let f: Fixture
beforeEach(() => {
  f = fixture()
})
afterEach(() => f.close())

const stored = (id: string): LakeDocument | null => f.lake.getDocuments([id])[0] ?? null

describe('submitComment', () => {
  it('stores a pending comment with its e-mail and a « submitted » trail entry', async () => {
    const outcome = await submit(f, submission())
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.message).toBe('Votre commentaire est en attente de modération.')
    expect(outcome.comment._id).toMatch(/^comment\.[0-9a-f-]{36}$/)
    const doc = stored(outcome.comment._id)
    expect(doc).toMatchObject({
      _type: 'comment',
      status: 'pending',
      authorEmail: 'lucie.martin@example.fr',
      article: { _ref: ARTICLE },
      votes: 0,
      createdAt: NOW.toISOString(),
      moderation: [{ action: 'submitted', by: 'Lucie Martin' }],
    })
    // Not public: the approved list does not contain it.
    const list = await f.store.listApproved(ARTICLE)
    expect(list.some((comment) => comment._id === outcome.comment._id)).toBe(false)
    expect(JSON.stringify(list)).not.toContain('@')
  })

  it('refuses a form sent less than 3 s after it was shown, or without token', async () => {
    const fast = await submit(
      f,
      submission({ startToken: signStartToken(SECRET, NOW.getTime() - 1_000) }),
    )
    expect(fast).toMatchObject({
      ok: false,
      renewToken: true,
      errors: { form: expect.stringMatching(/très vite/) },
    })
    const none = await submit(f, submission({ startToken: undefined }))
    expect(none).toMatchObject({ ok: false, renewToken: true })
    const forged = await submit(
      f,
      submission({ startToken: signStartToken('autre-secret-autre-secret-autre-secret', 0) }),
    )
    expect(forged.ok).toBe(false)
  })

  it('accepts one comment per start token, even when the same token races with itself', async () => {
    const token = signStartToken(SECRET, NOW.getTime() - 10_000)
    const bodies = Array.from({ length: 6 }, (_, i) => `Remarque numéro ${i + 1} sur l’entretien.`)
    const outcomes = await Promise.all(
      bodies.map((body) => submit(f, submission({ startToken: token, body }))),
    )
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1)
    for (const outcome of outcomes.filter((outcome) => !outcome.ok)) {
      expect(outcome).toMatchObject({
        renewToken: true,
        errors: { form: expect.stringMatching(/déjà servi/) },
      })
    }
    const later = await submit(f, submission({ startToken: token, body: 'Encore une.' }), {
      now: new Date(NOW.getTime() + 3_600_000),
    })
    expect(later.ok).toBe(false)
    // A fresh token is good for the next comment.
    expect((await submit(f, submission({ body: 'Une autre remarque.' }))).ok).toBe(true)
  })

  it('refuses a filled honeypot', async () => {
    const outcome = await submit(f, submission({ website: 'http://robot.example' }))
    expect(outcome).toMatchObject({
      ok: false,
      errors: { website: expect.stringMatching(/rester vide/) },
    })
  })

  it('holds a comment with more than two links as spam, and says the same as for any comment', async () => {
    const body = 'Voir https://a.example https://b.example et https://c.example'
    const outcome = await submit(f, submission({ body }))
    expect(outcome).toMatchObject({
      ok: true,
      status: 'spam',
      message: 'Votre commentaire est en attente de modération.',
    })
    if (!outcome.ok) return
    expect(stored(outcome.comment._id)?.moderation).toMatchObject([
      { action: 'submitted' },
      { action: 'spam', note: expect.stringMatching(/3 liens/) },
    ])
    expect(
      (
        await submit(
          f,
          submission({ body: 'https://a.example https://b.example', email: 'autre@example.fr' }),
        )
      ).ok,
    ).toBe(true)
  })

  it('stores comments from a banned e-mail or IP as spam', async () => {
    ban(f.db, { kind: 'email', value: 'Troll@Example.fr', reason: 'insultes' })
    const byEmail = await submit(f, submission({ email: 'troll@example.fr' }))
    expect(byEmail).toMatchObject({ ok: true, status: 'spam' })
    ban(f.db, { kind: 'ip', value: '198.51.100.9' })
    const byIp = await submit(f, submission(), { ip: '198.51.100.9' })
    expect(byIp).toMatchObject({ ok: true, status: 'spam' })
  })

  it('refuses the same text from the same e-mail within 24 h', async () => {
    expect((await submit(f, submission())).ok).toBe(true)
    const again = await submit(f, submission({ email: 'LUCIE.martin@example.fr' }))
    expect(again).toMatchObject({
      ok: false,
      errors: { body: expect.stringMatching(/déjà envoyé/) },
    })
    const later = await submit(f, submission(), { now: new Date(NOW.getTime() + 25 * 3600_000) })
    expect(later.ok).toBe(true)
  })

  it('auto-approves a known author only when the setting is on', async () => {
    const known = { email: 'gaelle.kerrien@example.com' }
    expect(await submit(f, submission({ ...known, body: 'Premier' }))).toMatchObject({
      status: 'pending',
    })
    const approved = await submit(f, submission({ ...known, body: 'Second' }), {
      autoApproveKnownAuthors: true,
    })
    expect(approved).toMatchObject({
      ok: true,
      status: 'approved',
      message: 'Merci ! Votre commentaire est publié.',
    })
    if (!approved.ok) return
    expect(stored(approved.comment._id)?.moderation).toMatchObject([
      { action: 'submitted' },
      { action: 'approved', by: 'Approbation automatique' },
    ])
    const unknown = await submit(f, submission({ body: 'Troisième' }), {
      autoApproveKnownAuthors: true,
    })
    expect(unknown).toMatchObject({ status: 'pending' })
  })

  it('accepts replies to approved comments only', async () => {
    expect(await submit(f, submission({ parentId: APPROVED }))).toMatchObject({ ok: true })
    expect(await submit(f, submission({ parentId: PENDING, body: 'Autre' }))).toMatchObject({
      ok: false,
      errors: { parentId: expect.any(String) },
    })
    expect(await submit(f, submission({ articleId: 'article-inconnu', body: 'x' }))).toMatchObject({
      ok: false,
    })
  })

  it('keeps the anchor of an inline comment and checks its quote against the passage', async () => {
    const key = 'b208898a1de4'
    const quote = 'Nos douze délégations régionales sont notre meilleur atout'
    const ok = await submit(f, submission({ anchorBlockKey: key, anchorQuote: quote }))
    expect(ok.ok && stored(ok.comment._id)?.anchor).toEqual({
      _type: 'commentAnchor',
      blockKey: key,
      quote,
    })
    const whole = await submit(f, submission({ anchorBlockKey: key, body: 'Sans extrait' }))
    expect(whole.ok && whole.comment.anchor?.quote.length).toBeGreaterThan(10)
    const wrong = await submit(
      f,
      submission({ anchorBlockKey: key, anchorQuote: 'Une phrase inventée', body: 'b' }),
    )
    expect(wrong).toMatchObject({ ok: false, errors: { anchorQuote: expect.any(String) } })
    const missing = await submit(f, submission({ anchorBlockKey: 'inconnu', body: 'c' }))
    expect(missing).toMatchObject({ ok: false, errors: { anchorBlockKey: expect.any(String) } })
  })
})
