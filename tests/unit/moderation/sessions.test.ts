import { createHash } from 'node:crypto'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createModerator, type Moderator } from '@/lib/moderation/accounts'
import {
  createSession,
  deleteSession,
  resolveSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
} from '@/lib/moderation/sessions'

import { tempPrivateDb } from './helpers'

let env: ReturnType<typeof tempPrivateDb>
let moderator: Moderator

beforeEach(async () => {
  env = tempPrivateDb()
  moderator = await createModerator(env.db, {
    name: 'Léa Bouchardy',
    email: 'Lea@Kiosque.example',
    password: 'douze-caracteres-au-moins',
  })
})
afterEach(() => env.cleanup())

describe('moderator sessions', () => {
  it('resolves a fresh session to its moderator', () => {
    const id = createSession(env.db, moderator.id, 1_000)
    expect(resolveSession(env.db, id, 2_000)).toEqual({
      ...moderator,
      email: 'lea@kiosque.example',
    })
  })

  it('stores only the SHA-256 of the session id', () => {
    const id = createSession(env.db, moderator.id)
    const rows = env.db.prepare('SELECT * FROM moderator_sessions').all()
    expect(rows).toHaveLength(1)
    expect(JSON.stringify(rows)).not.toContain(id)
    expect(rows[0]?.id_hash).toBe(createHash('sha256').update(id).digest('hex'))
    expect(Buffer.from(id, 'base64url')).toHaveLength(32)
  })

  it('expires after 8 hours idle, and deletes the row', () => {
    const id = createSession(env.db, moderator.id, 0)
    expect(resolveSession(env.db, id, SESSION_IDLE_MS + 1)).toBeNull()
    expect(resolveSession(env.db, id, 1)).toBeNull()
  })

  it('activity extends the idle limit but never the 7-day absolute limit', () => {
    const id = createSession(env.db, moderator.id, 0)
    let now = 0
    while (now + SESSION_IDLE_MS / 2 < SESSION_ABSOLUTE_MS) {
      now += SESSION_IDLE_MS / 2
      expect(resolveSession(env.db, id, now)).not.toBeNull()
    }
    expect(resolveSession(env.db, id, SESSION_ABSOLUTE_MS + 1)).toBeNull()
  })

  it('refuses forged, malformed and logged-out ids, and removed accounts', () => {
    const id = createSession(env.db, moderator.id)
    expect(resolveSession(env.db, 'A'.repeat(43))).toBeNull()
    expect(resolveSession(env.db, `${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}`)).toBeNull()
    expect(resolveSession(env.db, `${id}'; --`)).toBeNull()
    expect(resolveSession(env.db, undefined)).toBeNull()
    deleteSession(env.db, id)
    expect(resolveSession(env.db, id)).toBeNull()
    const other = createSession(env.db, moderator.id)
    env.db.prepare('DELETE FROM moderators WHERE id = ?').run(moderator.id)
    expect(resolveSession(env.db, other)).toBeNull()
  })
})
