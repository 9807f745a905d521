import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { openLake, type Lake } from '@/lib/lake'
import { lakeBackend, type CommentBackend } from '@/lib/moderation/backend'
import { applyModeration, readComment, undoModeration } from '@/lib/moderation/decisions'
import {
  claimUndo,
  rememberDecisions,
  UNDO_SECONDS,
  undoSecondsLeft,
  type UndoEntry,
} from '@/lib/moderation/undo'

import { tempPrivateDb } from './helpers'

const LEA = 'moderator-lea'
const entries: UndoEntry[] = [
  { commentId: 'comment.a', eventKey: 'k1', previousStatus: 'pending' },
  { commentId: 'comment.b', eventKey: 'k2', previousStatus: 'approved' },
]

describe('undo records', () => {
  let env: ReturnType<typeof tempPrivateDb>
  beforeEach(() => {
    env = tempPrivateDb()
  })
  afterEach(() => env.cleanup())

  it('are used once, by the moderator who decided, within the delay', () => {
    const id = rememberDecisions(env.db, LEA, entries, 0)
    expect(undoSecondsLeft(env.db, id, LEA, 1_000)).toBe(UNDO_SECONDS - 1)
    expect(undoSecondsLeft(env.db, id, 'moderator-other', 1_000)).toBeNull()
    expect(claimUndo(env.db, id, 'moderator-other', 1_000)).toEqual({
      ok: false,
      reason: 'unknown',
    })
    expect(claimUndo(env.db, id, LEA, 2_000)).toEqual({ ok: true, entries })
    expect(claimUndo(env.db, id, LEA, 2_500)).toEqual({ ok: false, reason: 'unknown' })
    expect(undoSecondsLeft(env.db, id, LEA, 2_500)).toBeNull()
  })

  it('are refused once the delay and its grace have passed', () => {
    const id = rememberDecisions(env.db, LEA, entries, 0)
    expect(undoSecondsLeft(env.db, id, LEA, UNDO_SECONDS * 1000)).toBeNull()
    expect(claimUndo(env.db, id, LEA, UNDO_SECONDS * 1000 + 60_000)).toEqual({
      ok: false,
      reason: 'expired',
    })
  })

  it('refuse ids of another shape without a lookup', () => {
    expect(claimUndo(env.db, "x' OR 1=1 --", LEA)).toEqual({ ok: false, reason: 'unknown' })
    expect(undoSecondsLeft(env.db, '', LEA)).toBeNull()
  })
})

describe('undoing a decision on the store', () => {
  let lake: Lake
  let backend: CommentBackend
  let dir: string
  const PENDING = 'comment.0087d2c1-4448-5636-8cb1-7f45ca5f0444'

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kiosque-undo-'))
    lake = openLake({ dataDir: dir, seedFile: path.resolve('content/demo/data.ndjson') })
    backend = lakeBackend(lake)
  })
  afterAll(() => {
    lake.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('puts the previous status back and says so in the trail', async () => {
    const decided = await applyModeration(backend, {
      commentId: PENDING,
      action: 'approve',
      by: 'Léa',
    })
    if (!decided.ok) throw new Error(decided.message)
    expect(decided.previousStatus).toBe('pending')
    const undone = await undoModeration(
      backend,
      { commentId: PENDING, eventKey: decided.eventKey, previousStatus: 'pending', by: 'Léa' },
      new Date('2026-12-01T10:00:00Z'),
    )
    expect(undone).toMatchObject({ ok: true, status: 'pending' })
    const after = await readComment(backend, PENDING)
    expect(after?.status).toBe('pending')
    expect(after?.moderation?.slice(-2).map((event) => event.action)).toEqual([
      'approved',
      'undone',
    ])
    expect(after?.moderation?.at(-1)).toMatchObject({ by: 'Léa', at: '2026-12-01T10:00:00.000Z' })
  })

  it('refuses when someone acted on the comment since the decision', async () => {
    const decided = await applyModeration(backend, { commentId: PENDING, action: 'spam', by: 'L' })
    if (!decided.ok) throw new Error(decided.message)
    const later = await applyModeration(backend, { commentId: PENDING, action: 'reject', by: 'C' })
    expect(later.ok).toBe(true)
    const undone = await undoModeration(backend, {
      commentId: PENDING,
      eventKey: decided.eventKey,
      previousStatus: 'pending',
      by: 'L',
    })
    expect(undone).toMatchObject({ ok: false, code: 'stale' })
    expect((await readComment(backend, PENDING))?.status).toBe('rejected')
  })
})
