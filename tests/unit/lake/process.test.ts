import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { describe, expect, it } from 'vitest'

import { tempDir, tempLake } from './helpers'

const fixtures = path.join(import.meta.dirname, 'fixtures')

function run(script: string, ...args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(fixtures, script), ...args],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    )
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} exited ${code}: ${stderr}`)),
    )
  })
}

describe('storage', () => {
  it('uses WAL, a schema version and the documented tables', () => {
    const dataDir = tempDir()
    tempLake(dataDir).mutate([{ create: { _id: 'a', _type: 't', slug: { current: 's' } } }])
    const db = new DatabaseSync(path.join(dataDir, 'lake.db'), { readOnly: true })
    try {
      expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' })
      expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: 1 })
      expect(db.prepare('SELECT id, type, slug FROM documents').all()).toEqual([
        { id: 'a', type: 't', slug: 's' },
      ])
      expect(db.prepare('SELECT doc_id, seq FROM revisions').all()).toEqual([
        { doc_id: 'a', seq: 1 },
      ])
    } finally {
      db.close()
    }
  })
})

describe('several OS processes on one lake', () => {
  it('two writers at once lose nothing', { timeout: 120_000 }, async () => {
    const dataDir = tempDir()
    const lake = tempLake(dataDir)
    lake.mutate([{ create: { _id: 'counter', _type: 'counter', value: 0 } }])
    // The writers wait for each other before writing, so their transactions contend for the
    // lock (SQLite may still let one run ahead: its busy handler is not fair).
    await Promise.all([
      run('writer.ts', dataDir, 'a', '200', '2'),
      run('writer.ts', dataDir, 'b', '200', '2'),
    ])
    expect(await lake.query('count(*[_type == "note"])')).toBe(400)
    // Read-modify-write patches serialize on the write lock: no increment is lost.
    expect(await lake.query('*[_id == "counter"][0].value')).toBe(400)
    const log = lake.transactionsSince(0, 10_000)
    expect(log).toHaveLength(801)
    expect(log.map((entry) => entry.seq)).toEqual(Array.from({ length: 801 }, (_, i) => i + 1))
  })

  it('parallel first opens seed an empty lake exactly once', { timeout: 120_000 }, async () => {
    const dataDir = tempDir()
    const seed = path.join(tempDir(), 'data.ndjson')
    writeFileSync(seed, '{"_id":"siteSettings","_type":"siteSettings","title":"Kiosque"}\n')
    // The writers wait for each other before writing, so their transactions contend for the
    // lock (SQLite may still let one run ahead: its busy handler is not fair).
    await Promise.all([1, 2, 3, 4].map(() => run('seeder.ts', dataDir, seed)))
    const lake = tempLake(dataDir)
    expect(lake.transactionsSince(0).map((entry) => entry.author)).toEqual(['seed'])
    expect(await lake.query('*[_id == "siteSettings"][0].title')).toBe('Kiosque')
  })

  it('seeding is a no-op while the seed file does not exist', async () => {
    const dataDir = tempDir()
    await run('seeder.ts', dataDir, path.join(dataDir, 'absent.ndjson'))
    expect(tempLake(dataDir).transactionsSince(0)).toEqual([])
  })
})
