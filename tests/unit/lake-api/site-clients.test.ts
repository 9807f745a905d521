import { createClient } from '@sanity/client'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { parseEnv } from '@/lib/env/schema'
import { createModerator } from '@/lib/moderation/accounts'
import { createSession } from '@/lib/moderation/sessions'
import { openPrivateDb } from '@/lib/private/db'

import { tempDir } from '../lake/helpers'
import { clientFor, startApi } from './helpers'

/*
 * The site's own Sanity-mode clients (lib/content/sanity.ts, lib/comments/store-sanity.ts,
 * lib/moderation/backend.ts) against the lake API as their Content Lake: the code path a
 * hosted project runs, without the network. Each test imports them afresh (they cache a client).
 */

beforeEach(() => {
  vi.resetModules()
})

/** The API over a fresh directory and the site's Sanity env, with an editor session as token. */
async function sanitySite() {
  const dataDir = tempDir()
  const db = openPrivateDb(dataDir)
  const account = await createModerator(db, {
    name: 'Site',
    email: 'site@kiosque.example',
    password: 'un mot de passe assez long',
    role: 'editor',
  })
  const token = createSession(db, account.id)
  const api = await startApi({ dataDir })
  const env = parseEnv({
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'kiosque-local',
    SANITY_API_HOST: api.url,
    SANITY_API_READ_TOKEN: token,
    SANITY_API_WRITE_TOKEN: token,
  })
  if (env.mode !== 'sanity') throw new Error('expected the Sanity mode')
  return { api, env, admin: clientFor(api, { token }) }
}

describe('the site’s Content Lake clients against the lake API', () => {
  it('read published content, and drafts only in the drafts perspective', async () => {
    const { env, admin } = await sanitySite()
    await admin
      .transaction()
      .create({ _id: 'p1', _type: 'person', name: 'Publiée' })
      .create({ _id: 'drafts.p1', _type: 'person', name: 'Brouillon' })
      .commit()
    const { queryContentLake } = await import('@/lib/content/sanity')
    const query = '*[_type == "person"]{ _id, name }'
    expect(await queryContentLake(env, query, {}, 'published')).toEqual([
      { _id: 'p1', name: 'Publiée' },
    ])
    expect(await queryContentLake(env, query, {}, 'drafts')).toEqual([
      { _id: 'p1', name: 'Brouillon' },
    ])
  })

  it('store, list and vote on comments, moderated under revision guard, e-mails private', async () => {
    const { api, env, admin } = await sanitySite()
    await admin.create({ _id: 'art', _type: 'article', headline: 'Titre' })
    const { sanityCommentStore } = await import('@/lib/comments/store-sanity')
    const { sanityBackend, StaleCommentError } = await import('@/lib/moderation/backend')
    const store = sanityCommentStore(env)
    const id = 'comment.00000000-0000-4000-8000-000000000001'
    const createdAt = new Date().toISOString()
    await store.create({
      _id: id,
      _type: 'comment',
      article: { _type: 'reference', _ref: 'art' },
      authorName: 'Lucie',
      authorEmail: 'lucie@exemple.fr',
      body: 'Bel entretien.',
      status: 'pending',
      votes: 0,
      createdAt,
      moderation: [],
    })
    expect(await store.listApproved('art')).toEqual([])
    const since = new Date(Date.parse(createdAt) - 1000).toISOString()
    expect(await store.countDuplicates('lucie@exemple.fr', 'Bel entretien.', since)).toBe(1)

    const moderation = sanityBackend(admin)
    const [stored] = await moderation.query<{ _rev: string }[]>('*[_id == $id]{ _rev }', { id })
    const event = { _type: 'moderationEvent' as const, by: 'm', at: createdAt }
    await moderation.write(
      {
        id,
        rev: stored!._rev,
        set: { status: 'approved' },
        event: { ...event, _key: 'k1', action: 'approved' },
      },
      'm',
    )
    const stale = moderation.write(
      {
        id,
        rev: stored!._rev,
        set: { status: 'rejected' },
        event: { ...event, _key: 'k2', action: 'rejected' },
      },
      'm',
    )
    await expect(stale).rejects.toBeInstanceOf(StaleCommentError)
    await store.setVotes(id, 2)
    expect(await store.listApproved('art')).toEqual([
      expect.objectContaining({ _id: id, authorName: 'Lucie', votes: 2 }),
    ])
    expect(JSON.stringify(await store.listApproved('art'))).not.toContain('lucie@')

    // Without the site's token (a reader's browser), comments are not readable at all.
    const anonymous = createClient({ ...clientFor(api).config(), token: undefined })
    expect(await anonymous.fetch('count(*[_type == "comment"])')).toBe(0)
  })
})
