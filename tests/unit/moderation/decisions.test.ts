import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lakeBackend, type CommentBackend } from '@/lib/moderation/backend'
import { applyModeration, readComment, STALE_MESSAGE } from '@/lib/moderation/decisions'
import { openLake, type Lake } from '@/lib/lake'

let lake: Lake
let backend: CommentBackend
let dir: string
const PENDING = 'comment.a3f43787-3737-546a-bc03-25036f6a7c64'
const OTHER = 'comment.0087d2c1-4448-5636-8cb1-7f45ca5f0444'
const THIRD = 'comment.b22f748b-5c67-534d-9d88-fbad655e949c'

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosque-decisions-'))
  lake = openLake({ dataDir: dir, seedFile: path.resolve('content/demo/data.ndjson') })
  backend = lakeBackend(lake)
})
afterAll(() => {
  lake.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('moderation decisions on the store', () => {
  it('approves in one transaction: status and trail entry together', async () => {
    const before = await readComment(backend, PENDING)
    const seq = lake.transactionsSince(0, 100_000).at(-1)?.seq ?? 0
    const outcome = await applyModeration(
      backend,
      { commentId: PENDING, rev: before?._rev, action: 'approve', by: 'Léa Bouchardy', note: 'ok' },
      new Date('2026-11-30T09:00:00Z'),
    )
    expect(outcome).toEqual({
      ok: true,
      articleId: 'article-3-questions-a-samuel-tiemtore',
      status: 'approved',
      deleted: false,
      previousStatus: 'pending',
      eventKey: expect.any(String),
    })
    const after = await readComment(backend, PENDING)
    expect(after?.status).toBe('approved')
    expect(after?.moderation?.at(-1)).toMatchObject({
      action: 'approved',
      by: 'Léa Bouchardy',
      at: '2026-11-30T09:00:00.000Z',
      note: 'ok',
    })
    expect(after?.moderation).toHaveLength((before?.moderation?.length ?? 0) + 1)
    const written = lake.transactionsSince(seq)
    expect(written).toHaveLength(1)
    expect(written[0]?.documentIds).toEqual([PENDING])
  })

  it('refuses a stale revision with the French message and writes nothing', async () => {
    const before = await readComment(backend, OTHER)
    const outcome = await applyModeration(backend, {
      commentId: OTHER,
      rev: 'une-revision-perimee',
      action: 'reject',
      by: 'Léa Bouchardy',
    })
    expect(outcome).toEqual({ ok: false, code: 'stale', message: STALE_MESSAGE })
    expect(STALE_MESSAGE).toContain('Ce commentaire a été modifié entre-temps')
    expect(await readComment(backend, OTHER)).toEqual(before)
  })

  it('a concurrent write between read and write is caught by ifRevisionID', async () => {
    const racing: CommentBackend = {
      query: backend.query,
      async write(write, author) {
        lake.mutate([{ patch: { id: write.id, set: { votes: 99 } } }], { author: 'autre' })
        return backend.write(write, author)
      },
    }
    const outcome = await applyModeration(racing, { commentId: OTHER, action: 'spam', by: 'X' })
    expect(outcome).toMatchObject({ ok: false, code: 'stale' })
    expect((await readComment(backend, OTHER))?.status).toBe('pending')
  })

  it('edit replaces the text and keeps the previous one in the trail', async () => {
    const before = await readComment(backend, OTHER)
    const body = 'Rien sur les intermittents techniques dans les propositions ?'
    const outcome = await applyModeration(backend, {
      commentId: OTHER,
      rev: before?._rev,
      action: 'edit',
      body,
      by: 'Camille Roussey',
      note: 'coquille',
    })
    expect(outcome.ok).toBe(true)
    const after = await readComment(backend, OTHER)
    expect(after?.body).toBe(body)
    expect(after?.status).toBe('pending')
    expect(after?.moderation?.at(-1)?.action).toBe('edited')
    expect(after?.moderation?.at(-1)?.note).toBe(`coquille\nTexte précédent : ${before?.body}`)
  })

  it('delete removes the document; its history keeps the « deleted » entry', async () => {
    const before = await readComment(backend, THIRD)
    const outcome = await applyModeration(backend, {
      commentId: THIRD,
      action: 'delete',
      by: 'Léa',
    })
    expect(outcome).toMatchObject({ ok: true, deleted: true })
    expect(await readComment(backend, THIRD)).toBeNull()
    const last = lake.transactionsSince(0, 100_000).at(-1)
    expect(last?.mutations).toHaveLength(2)
    expect(JSON.stringify(last?.mutations)).toContain('"action":"deleted"')
    expect(before).not.toBeNull()
  })

  it('refuses no-op decisions and unknown comments', async () => {
    expect(
      await applyModeration(backend, { commentId: PENDING, action: 'approve', by: 'L' }),
    ).toMatchObject({
      ok: false,
      code: 'unchanged',
    })
    expect(
      await applyModeration(backend, { commentId: 'comment.absent', action: 'reject', by: 'L' }),
    ).toMatchObject({
      ok: false,
      code: 'notFound',
    })
  })
})
