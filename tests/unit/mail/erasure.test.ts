import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import type { LakeDocument } from '@/lib/lake'
import { signToken } from '@/lib/security/tokens'
import { eraseData, previewDeletion, requestDataDeletion } from '@/lib/subscriptions/erase'
import { linkSigner, TOKEN_PURPOSES } from '@/lib/subscriptions/links'
import { confirmSubscription, requestSubscription } from '@/lib/subscriptions/subscribe'
import { unsubscribe } from '@/lib/subscriptions/unsubscribe'

import { ARTICLE, SECRET, SEED, SITE, addComment, testWorld, tokenFrom } from './helpers'

const GAELLE = 'gaelle.kerrien@example.com'
const JEANNE = 'jeanne.morvillier@example.com'
const OLIVIER_REPLY = 'comment.01a4d6b0-b362-5f9a-98d0-8b3beb24a96a'
const NORA_TOP = 'comment.724860eb'
const NORA_REPLY = 'comment.2294ee29'
/** Comments of the demo dataset every test world starts with. */
const DEMO_COMMENTS = readFileSync(SEED, 'utf8')
  .split('\n')
  .filter((line) => line.includes('"_type":"comment"')).length

async function comments(world: ReturnType<typeof testWorld>): Promise<LakeDocument[]> {
  return world.lake.query('*[_type == "comment"]', {}, { perspective: 'raw' })
}

describe('data deletion requests', () => {
  it('answer the same way for an address with or without comments', async () => {
    const world = testWorld()
    await requestDataDeletion(world.deps, ` ${GAELLE.toUpperCase()} `)
    await requestDataDeletion(world.deps, 'personne@example.com')
    const [known, unknown] = world.outbox()
    expect(known?.to).toBe(GAELLE)
    expect(unknown?.to).toBe('personne@example.com')
    expect(known?.subject).toBe(unknown?.subject)
    const strip = (text = '') => text.replace(/jeton=[\w.%-]+/g, 'jeton=…')
    expect(strip(known?.text)).toBe(strip(unknown?.text))
    expect(known?.headers['list-unsubscribe']).toBeUndefined()
    // No lookup, no change: the lake still holds every comment.
    expect((await comments(world)).length).toBe(DEMO_COMMENTS)
  })

  it('send at most 3 erasure links per address per day and refuse a malformed address', async () => {
    const world = testWorld()
    for (let i = 0; i < 5; i++) await requestDataDeletion(world.deps, GAELLE)
    expect(world.outbox()).toHaveLength(3)
    await expect(requestDataDeletion(world.deps, 'pas une adresse')).rejects.toThrow()
  })
})

describe('erasure', () => {
  it('deletes the address’s comments, keeps and re-attaches the replies of others', async () => {
    const world = testWorld()
    // A fresh reply (empty audit trail) to Gaëlle's second comment, itself a reply to Olivier.
    const late = addComment(world.lake, {
      email: 'tardif@example.com',
      name: 'Tardif',
      parent: 'comment.34d6e33b-22e0-5c1e-a6be-4df449d7ce43',
    })
    await requestDataDeletion(world.deps, GAELLE)
    const token = tokenFrom(world.outbox()[0]?.links ?? [], '/donnees-personnelles/supprimer')
    expect(previewDeletion(world.deps, token)).toEqual({ ok: true, email: GAELLE })

    const result = await eraseData(world.deps, token)
    expect(result).toMatchObject({ ok: true, comments: 2, repliesKept: 2 })
    const left = await comments(world)
    expect(left).toHaveLength(DEMO_COMMENTS - 1)
    const lateDoc = left.find((doc) => doc._id === late)
    expect(lateDoc?.parent).toEqual({ _type: 'reference', _ref: OLIVIER_REPLY, _weak: true })
    expect(lateDoc?.moderation).toHaveLength(1)
    expect(left.filter((doc) => String(doc.authorEmail) === GAELLE)).toEqual([])
    // Olivier answered Gaëlle's deleted top-level comment: his reply becomes top-level.
    const olivier = left.find((doc) => doc._id === OLIVIER_REPLY)
    expect(olivier?.parent).toBeUndefined()
    expect(olivier?.moderation).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'edited', by: 'Kiosque' })]),
    )
    expect(world.revalidated).toEqual([`comments:${ARTICLE}`])
    expect(await eraseData(world.deps, token)).toMatchObject({ ok: true, comments: 0 })
  })

  it('re-attaches a reply to the nearest surviving ancestor', async () => {
    const world = testWorld()
    await requestDataDeletion(world.deps, JEANNE)
    const token = tokenFrom(world.outbox()[0]?.links ?? [], '/donnees-personnelles/supprimer')
    await eraseData(world.deps, token)
    const left = await comments(world)
    const noraReply = left.find((doc) => doc._id.startsWith(NORA_REPLY))
    const noraTop = left.find((doc) => doc._id.startsWith(NORA_TOP))
    expect(noraReply?.parent).toEqual({ _type: 'reference', _ref: noraTop?._id, _weak: true })
  })

  it('removes subscriptions, send log, notifications and votes of the address only', async () => {
    const world = testWorld()
    const { db } = world.deps
    await requestSubscription(world.deps, {
      email: GAELLE,
      name: 'Gaëlle',
      articleId: ARTICLE,
      kind: 'thread',
    })
    await requestSubscription(world.deps, {
      email: 'autre@example.com',
      name: 'Autre',
      articleId: ARTICLE,
      kind: 'thread',
    })
    await confirmSubscription(
      world.deps,
      tokenFrom(world.outbox()[0]?.links ?? [], '/abonnements/confirmer'),
    )
    db.exec(`CREATE TABLE IF NOT EXISTS comment_votes (comment_id TEXT, voter_hash TEXT, created_at TEXT);
      CREATE TABLE IF NOT EXISTS comment_vote_baselines (comment_id TEXT PRIMARY KEY, baseline INTEGER);
      CREATE TABLE IF NOT EXISTS comment_vote_addresses (comment_id TEXT, address_hash TEXT, voter_hash TEXT);`)
    const gaelleTop = 'comment.3cb080fe-af06-5a04-a0d9-de1a21025773'
    for (const id of [gaelleTop, OLIVIER_REPLY]) {
      db.prepare(`INSERT INTO comment_votes VALUES (?, 'h', 'x')`).run(id)
      db.prepare('INSERT INTO comment_vote_baselines VALUES (?, 3)').run(id)
      db.prepare(`INSERT INTO comment_vote_addresses VALUES (?, 'a', 'h')`).run(id)
    }
    await requestDataDeletion(world.deps, GAELLE)
    const token = tokenFrom(world.outbox().at(-1)?.links ?? [], '/donnees-personnelles/supprimer')
    expect(await eraseData(world.deps, token)).toMatchObject({ ok: true, subscriptions: 1 })

    const count = (sql: string, ...params: string[]) => Number(db.prepare(sql).get(...params)?.n)
    expect(count('SELECT COUNT(*) AS n FROM subscriptions WHERE email = ?', GAELLE)).toBe(0)
    expect(
      count('SELECT COUNT(*) AS n FROM subscriptions WHERE email = ?', 'autre@example.com'),
    ).toBe(1)
    expect(count('SELECT COUNT(*) AS n FROM mail_send_log WHERE email = ?', GAELLE)).toBe(0)
    expect(
      count('SELECT COUNT(*) AS n FROM mail_send_log WHERE email = ?', 'autre@example.com'),
    ).toBe(1)
    expect(count('SELECT COUNT(*) AS n FROM comment_votes WHERE comment_id = ?', gaelleTop)).toBe(0)
    expect(
      count('SELECT COUNT(*) AS n FROM comment_vote_baselines WHERE comment_id = ?', gaelleTop),
    ).toBe(0)
    expect(
      count('SELECT COUNT(*) AS n FROM comment_vote_addresses WHERE comment_id = ?', gaelleTop),
    ).toBe(0)
    expect(
      count('SELECT COUNT(*) AS n FROM comment_votes WHERE comment_id = ?', OLIVIER_REPLY),
    ).toBe(1)
  })
})

describe('link purposes', () => {
  it('a token signed for one purpose is refused for every other', async () => {
    const world = testWorld()
    const now = () => Date.parse('2026-11-30T09:00:00Z')
    const sign = (purpose: string, payload: unknown) =>
      signToken(payload, { secret: SECRET, purpose, now: now() })
    const asConfirm = sign(TOKEN_PURPOSES.confirm, { s: 'x', e: GAELLE, all: GAELLE })
    const asUnsubscribe = sign(TOKEN_PURPOSES.unsubscribe, { s: 'x', e: GAELLE, all: GAELLE })
    const asDelete = sign(TOKEN_PURPOSES.deleteData, { s: 'x', e: GAELLE, all: GAELLE })

    expect(previewDeletion(world.deps, asConfirm)).toEqual({ ok: false, problem: 'invalid' })
    expect(previewDeletion(world.deps, asUnsubscribe)).toEqual({ ok: false, problem: 'invalid' })
    expect(previewDeletion(world.deps, asDelete)).toEqual({ ok: true, email: GAELLE })
    expect(await eraseData(world.deps, asUnsubscribe)).toEqual({ ok: false, problem: 'invalid' })
    expect(await unsubscribe(world.deps, asDelete)).toEqual({ ok: false, problem: 'invalid' })
    expect(await unsubscribe(world.deps, asConfirm)).toEqual({ ok: false, problem: 'invalid' })
    expect(await confirmSubscription(world.deps, asUnsubscribe)).toEqual({
      ok: false,
      problem: 'invalid',
    })
    expect(await confirmSubscription(world.deps, asDelete)).toEqual({
      ok: false,
      problem: 'invalid',
    })
    expect(await confirmSubscription(world.deps, undefined)).toEqual({
      ok: false,
      problem: 'missing',
    })
    expect((await comments(world)).length).toBe(DEMO_COMMENTS)
  })

  it('an erasure link expires after 24 hours; another secret is refused', () => {
    const world = testWorld()
    const links = linkSigner(SECRET, SITE, () => Date.parse('2026-11-30T09:00:00Z'))
    const token = new URL(links.deleteUrl({ e: GAELLE })).searchParams.get('jeton') ?? undefined
    expect(previewDeletion(world.deps, token)).toMatchObject({ ok: true })
    world.advance(24 * 3600 * 1000 + 2000)
    expect(previewDeletion(world.deps, token)).toEqual({ ok: false, problem: 'expired' })
    const other = linkSigner(`${SECRET}-autre`, SITE, () => Date.now()).deleteUrl({ e: GAELLE })
    expect(previewDeletion(world.deps, new URL(other).searchParams.get('jeton') ?? '')).toEqual({
      ok: false,
      problem: 'invalid',
    })
  })
})
