import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync, type StatementSync } from 'node:sqlite'

/** Bumped with every schema change; `migrate` brings older files forward. */
export const SCHEMA_VERSION = 1

/** Milliseconds a writer waits for another process's transaction before failing. */
const BUSY_TIMEOUT_MS = 15_000

const SCHEMA_V1 = `
  CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    rev TEXT NOT NULL,
    slug TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    body TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS documents_type ON documents (type);
  CREATE INDEX IF NOT EXISTS documents_type_slug ON documents (type, slug) WHERE slug IS NOT NULL;

  -- AUTOINCREMENT: seq is never reused, so readers can resume "after seq N" safely.
  CREATE TABLE IF NOT EXISTS transactions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    timestamp TEXT NOT NULL,
    author TEXT,
    mutations TEXT NOT NULL,
    document_ids TEXT NOT NULL
  );

  -- One row per document per transaction that touched it; body NULL records a deletion.
  CREATE TABLE IF NOT EXISTS revisions (
    doc_id TEXT NOT NULL,
    seq INTEGER NOT NULL REFERENCES transactions (seq),
    rev TEXT NOT NULL,
    body TEXT,
    PRIMARY KEY (doc_id, seq)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS revisions_rev ON revisions (doc_id, rev);
`

/** Row of the `documents` table. */
export interface DocumentRow {
  id: string
  body: string
}

/** Row of the `transactions` table. */
export interface TransactionRow {
  seq: number
  id: string
  timestamp: string
  author: string | null
  mutations: string
  document_ids: string
}

/** An open SQLite connection with the lake's prepared statements. */
export class LakeDb {
  readonly db: DatabaseSync
  private readonly statements = new Map<string, StatementSync>()

  constructor(readonly file: string) {
    // Drafts and unapproved comments live here: owner-only, like private.db.
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
    createOwnerOnly(file)
    this.db = new DatabaseSync(file, { timeout: BUSY_TIMEOUT_MS })
    this.db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
    this.db.exec('PRAGMA journal_mode = WAL')
    // NORMAL in WAL mode: a commit is in the WAL file before mutate() returns, so it survives
    // the process being killed (tests/stress: kill -9 loses no acknowledged comment); the WAL is
    // synced at checkpoints, so only a power cut or OS crash may lose the last commits. FULL
    // (an fsync per commit, 8–30 ms on this disk) capped comment submissions near 35 a second.
    this.db.exec('PRAGMA synchronous = NORMAL')
    this.db.exec('PRAGMA foreign_keys = ON')
    this.migrate()
  }

  /** Prepares a statement once per connection. */
  statement(sql: string): StatementSync {
    let statement = this.statements.get(sql)
    if (!statement) {
      statement = this.db.prepare(sql)
      this.statements.set(sql, statement)
    }
    return statement
  }

  /**
   * Runs `work` inside `BEGIN IMMEDIATE`: the write lock is taken up front, so concurrent
   * writers queue on the busy timeout instead of failing mid-transaction. Any throw rolls back.
   */
  writeTransaction<T>(work: () => T): T {
    this.db.exec('BEGIN IMMEDIATE')
    try {
      const result = work()
      this.db.exec('COMMIT')
      return result
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK')
      throw error
    }
  }

  /** Runs `work` inside a read transaction, so every SELECT sees the same committed state. */
  readTransaction<T>(work: () => T): T {
    if (this.db.isTransaction) return work()
    this.db.exec('BEGIN')
    try {
      return work()
    } finally {
      if (this.db.isTransaction) this.db.exec('COMMIT')
    }
  }

  /** Highest committed transaction seq, 0 when the log is empty. */
  headSeq(): number {
    const row = this.statement('SELECT max(seq) AS seq FROM transactions').get()
    return typeof row?.seq === 'number' ? row.seq : 0
  }

  close(): void {
    this.statements.clear()
    if (this.db.isOpen) this.db.close()
  }

  private migrate(): void {
    // Checked again inside the write lock: several processes may open a fresh file at once.
    if (this.userVersion() >= SCHEMA_VERSION) return
    this.writeTransaction(() => {
      const version = this.userVersion()
      if (version >= SCHEMA_VERSION) return
      if (version < 1) this.db.exec(SCHEMA_V1)
      this.db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`)
    })
  }

  private userVersion(): number {
    const row = this.db.prepare('PRAGMA user_version').get()
    return typeof row?.user_version === 'number' ? row.user_version : 0
  }
}

/**
 * Creates the database file with mode 600 before SQLite opens it (SQLite gives its `-wal` and
 * `-shm` files the database file's mode); narrows a file an older version left world-readable.
 */
function createOwnerOnly(file: string): void {
  closeSync(openSync(file, 'a', 0o600))
  for (const each of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      chmodSync(each, 0o600)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
}
