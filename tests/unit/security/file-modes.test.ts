import { chmodSync, closeSync, openSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { createMailer } from '@/lib/mail/transport'
import { closePrivateDbs, openPrivateDb } from '@/lib/private/db'

import { tempDir, tempLake } from '../lake/helpers'

/** Permission bits of a path (`0o600`…). */
function mode(file: string): number {
  return statSync(file).mode & 0o777
}

describe('files holding personal data are readable by their owner only', () => {
  it('creates lake.db and its -wal/-shm files 600 in a 700 directory', async () => {
    const dataDir = path.join(tempDir(), 'donnees')
    const lake = tempLake(dataDir)
    lake.mutate([{ create: { _id: 'comment.a', _type: 'comment', email: 'a@example.com' } }])
    await lake.query('*')
    expect(mode(dataDir)).toBe(0o700)
    for (const name of ['lake.db', 'lake.db-wal', 'lake.db-shm']) {
      expect({ name, mode: mode(path.join(dataDir, name)) }).toEqual({ name, mode: 0o600 })
    }
  })

  it('creates private.db and its -wal/-shm files 600 in a 700 directory', () => {
    const dataDir = path.join(tempDir(), 'prive')
    const db = openPrivateDb(dataDir)
    try {
      db.exec('CREATE TABLE IF NOT EXISTS essai (x TEXT)')
      db.prepare('INSERT INTO essai VALUES (?)').run('lecteur@example.com')
      expect(mode(dataDir)).toBe(0o700)
      for (const name of ['private.db', 'private.db-wal', 'private.db-shm']) {
        expect({ name, mode: mode(path.join(dataDir, name)) }).toEqual({ name, mode: 0o600 })
      }
    } finally {
      closePrivateDbs()
    }
  })

  it('narrows a database file left world-readable by an older version', () => {
    const dataDir = tempDir()
    const file = path.join(dataDir, 'private.db')
    closeSync(openSync(file, 'w'))
    chmodSync(file, 0o644)
    openPrivateDb(dataDir)
    closePrivateDbs()
    expect(mode(file)).toBe(0o600)
  })

  it('writes the mail outbox as a 700 directory of 600 files', async () => {
    const outboxDir = path.join(tempDir(), 'outbox')
    const mailer = createMailer({ outboxDir, from: 'Kiosque <ne-pas-repondre@kiosque.example>' })
    const sent = await mailer.send({
      to: { address: 'lecteur@example.com' },
      subject: 'Votre commentaire',
      text: 'Bonjour',
      html: '<p>Bonjour</p>',
    })
    expect(mode(outboxDir)).toBe(0o700)
    expect(sent.file && mode(sent.file)).toBe(0o600)
  })

  it('keeps the mode of a data directory that already exists', () => {
    const dataDir = tempDir()
    chmodSync(dataDir, 0o750)
    writeFileSync(path.join(dataDir, 'autre'), '')
    openPrivateDb(dataDir)
    closePrivateDbs()
    expect(mode(dataDir)).toBe(0o750)
  })
})
