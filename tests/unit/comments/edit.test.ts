import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import {
  EDIT_WINDOW_MS,
  editComment,
  grantEdit,
  readEditGrants,
  type EditContext,
} from '@/lib/comments/edit'
import { signToken } from '@/lib/security/tokens'

import { ARTICLE, fixture, NOW, submission, submit, type Fixture } from './helpers'

let f: Fixture
beforeEach(() => {
  f = fixture()
})
afterEach(() => f.close())

const later = (ms: number) => new Date(NOW.getTime() + ms)

function edit(fields: Record<string, string>, context: Partial<EditContext> = {}) {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return editComment(data, {
    store: f.store,
    secret: f.secret,
    cookie: undefined,
    now: later(60_000),
    ...context,
  })
}

/** Posts a comment at NOW and returns its id and the edit cookie its browser received. */
async function posted(body = 'Première version du commentaire.') {
  const outcome = await submit(f, submission({ body }))
  if (!outcome.ok) throw new Error('commentaire refusé')
  return {
    id: outcome.comment._id,
    cookie: grantEdit(undefined, outcome.comment._id, f.secret, NOW.getTime()),
  }
}

const read = (id: string) =>
  f.lake.query<{ body: string; status: string; moderation: { action: string; note?: string }[] }>(
    '*[_id == $id][0]{ body, status, moderation }',
    { id },
    { perspective: 'raw' },
  )

describe('edit capability cookie', () => {
  it('names the comment until the end of the window, and keeps earlier grants', () => {
    const first = grantEdit(
      undefined,
      'comment.00000000-0000-4000-8000-000000000001',
      f.secret,
      NOW.getTime(),
    )
    const both = grantEdit(
      first,
      'comment.00000000-0000-4000-8000-000000000002',
      f.secret,
      NOW.getTime() + 60_000,
    )
    expect(
      readEditGrants(both, f.secret, NOW.getTime() + 120_000).map((grant) => grant.id),
    ).toEqual([
      'comment.00000000-0000-4000-8000-000000000001',
      'comment.00000000-0000-4000-8000-000000000002',
    ])
    expect(readEditGrants(both, f.secret, NOW.getTime() + EDIT_WINDOW_MS + 1)).toHaveLength(1)
  })

  it('is worthless forged, signed with another key or for another purpose', () => {
    const payload = {
      g: [['comment.00000000-0000-4000-8000-000000000001', NOW.getTime() + 60_000]],
    }
    for (const value of [
      'nimporte-quoi',
      signToken(payload, {
        secret: 'une-autre-cle-une-autre-cle-une-autre-cle',
        purpose: 'comment-edit',
      }),
      signToken(payload, { secret: f.secret, purpose: 'comment-voter' }),
    ]) {
      expect(readEditGrants(value, f.secret, NOW.getTime())).toEqual([])
    }
  })
})

describe('editComment', () => {
  it('lets the author change a pending comment from the browser that sent it', async () => {
    const { id, cookie } = await posted()
    const outcome = await edit(
      { commentId: id, body: '  Seconde version, corrigée.  ' },
      { cookie },
    )
    expect(outcome).toMatchObject({
      ok: true,
      articleId: ARTICLE,
      changed: true,
      wasApproved: false,
    })
    const doc = await read(id)
    expect(doc.body).toBe('Seconde version, corrigée.')
    expect(doc.status).toBe('pending')
    expect(doc.moderation.map((event) => event.action)).toEqual(['submitted', 'edited'])
  })

  it('sends an approved comment back to moderation, out of the public thread', async () => {
    const { id, cookie } = await posted()
    f.lake.mutate([{ patch: { id, set: { status: 'approved' } } }], { author: 'test' })
    expect((await f.store.listApproved(ARTICLE)).some((c) => c._id === id)).toBe(true)
    const outcome = await edit(
      { commentId: id, body: 'Version revue après publication.' },
      { cookie },
    )
    expect(outcome).toMatchObject({ ok: true, wasApproved: true, changed: true })
    const doc = await read(id)
    expect(doc.status).toBe('pending')
    expect(doc.moderation.at(-1)?.note).toMatch(/de nouveau en attente de modération/)
    expect((await f.store.listApproved(ARTICLE)).some((c) => c._id === id)).toBe(false)
  })

  it('refuses without the capability, for another comment, or after the window, in French', async () => {
    const { id, cookie } = await posted()
    const other = await posted('Un autre commentaire, d’un autre navigateur.')
    const refusals = [
      await edit({ commentId: id, body: 'Sans cookie.' }),
      await edit({ commentId: other.id, body: 'Avec le cookie d’un autre.' }, { cookie }),
      await edit(
        { commentId: id, body: 'Trop tard.' },
        { cookie, now: later(EDIT_WINDOW_MS + 1_000) },
      ),
    ]
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({
        ok: false,
        field: 'form',
        error: expect.stringMatching(/ne peut plus être modifié/),
      })
    }
    expect((await read(id)).body).toBe('Première version du commentaire.')
  })

  it('does not trust the cookie alone: the comment itself must be younger than the window', async () => {
    const { id } = await posted()
    // A cookie signed long after posting (say, replayed grants) still cannot stretch the window.
    const late = grantEdit(undefined, id, f.secret, NOW.getTime() + EDIT_WINDOW_MS)
    const outcome = await edit(
      { commentId: id, body: 'Bien trop tard.' },
      { cookie: late, now: later(EDIT_WINDOW_MS + 60_000) },
    )
    expect(outcome).toMatchObject({ ok: false })
  })

  it('validates the new text with the form’s rules and messages', async () => {
    const { id, cookie } = await posted()
    expect(await edit({ commentId: id, body: '   ' }, { cookie })).toEqual({
      ok: false,
      field: 'body',
      error: 'Écrivez votre commentaire.',
    })
    expect(await edit({ commentId: id, body: 'x'.repeat(4001) }, { cookie })).toMatchObject({
      ok: false,
      field: 'body',
      error: expect.stringMatching(/raccourcissez-le/),
    })
    expect(await edit({ commentId: '../../etc', body: 'Bonjour' }, { cookie })).toEqual({
      ok: false,
      field: 'form',
      error: 'Ce commentaire est introuvable.',
    })
  })

  it('refuses a comment the moderation set aside, and one moderated meanwhile', async () => {
    const { id, cookie } = await posted()
    f.lake.mutate([{ patch: { id, set: { status: 'rejected' } } }], { author: 'test' })
    expect(await edit({ commentId: id, body: 'Après le refus.' }, { cookie })).toMatchObject({
      ok: false,
      error: 'Ce commentaire ne peut plus être modifié.',
    })
    const second = await posted('Encore un commentaire.')
    const store = {
      ...f.store,
      // A moderator's decision lands between the read and the write.
      getEditTarget: async (commentId: string) => {
        const target = await f.store.getEditTarget(commentId)
        f.lake.mutate([{ patch: { id: commentId, set: { status: 'approved' } } }], {
          author: 'test',
        })
        return target
      },
    }
    expect(
      await edit(
        { commentId: second.id, body: 'Modifié pendant la décision.' },
        { cookie: second.cookie, store },
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/vient d’être modéré/) })
  })
})
