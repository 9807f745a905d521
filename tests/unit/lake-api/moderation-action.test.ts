import { describe, expect, it } from 'vitest'

import { createModerator } from '@/lib/moderation/accounts'
import { createSession } from '@/lib/moderation/sessions'
import { openPrivateDb } from '@/lib/private/db'
import { commitModeration } from '@/sanity/actions/moderation-patch'

import { clientFor, startApi } from './helpers'

// The Studio's « Approuver / Rejeter / Spam » actions (sanity/actions/moderation.tsx) commit this
// patch through the Studio's client: here through @sanity/client against the lake API, as in the
// embedded Studio. Comments have private ids: only an editor account's session sees them.
describe('comment moderation from the Studio', () => {
  it('sets the status and appends the trail, and refuses a decision on a stale revision', async () => {
    const api = await startApi()
    const db = openPrivateDb(api.dataDir)
    const editor = await createModerator(db, {
      name: 'Rédactrice',
      email: 'redactrice@kiosque.example',
      password: 'un mot de passe assez long',
      role: 'editor',
    })
    const client = clientFor(api, { token: createSession(db, editor.id) })
    const comment = await client.create({
      _id: 'comment.0b6f1d2e',
      _type: 'comment',
      authorName: 'Lecteur',
      body: 'Bravo.',
      status: 'pending',
      moderation: [{ _key: 'k0', _type: 'moderationEvent', action: 'submitted', by: 'Lecteur' }],
    })
    // The local editor (loopback, no account) reads no private document, so may not decide.
    const anonymous = await commitModeration(clientFor(api), comment, 'approved', 'x').catch(
      (caught: unknown) => caught,
    )
    expect(anonymous).toMatchObject({ statusCode: 403 })
    await commitModeration(client, comment, 'approved', 'Rédaction (poste local)')
    const approved = await client.getDocument('comment.0b6f1d2e')
    expect(approved).toMatchObject({
      status: 'approved',
      moderation: [
        { action: 'submitted' },
        {
          _type: 'moderationEvent',
          action: 'approved',
          by: 'Rédaction (poste local)',
          at: expect.stringMatching(/^\d{4}-/),
          _key: expect.stringMatching(/^[0-9a-f]{12}$/),
        },
      ],
    })
    // Another editor decided in between: the Studio's copy is stale, nothing is written.
    const stale = await commitModeration(client, comment, 'spam', 'Autre').catch((e: unknown) => e)
    expect(stale).toMatchObject({ statusCode: 409 })
    await commitModeration(client, approved!, 'spam', 'Rédaction (poste local)')
    const spam = await client.getDocument('comment.0b6f1d2e')
    expect(spam?.status).toBe('spam')
    expect(spam?.moderation).toHaveLength(3)
  })
})
