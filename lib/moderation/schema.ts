import { definePrivateTables } from '@/lib/private/db'

/**
 * Private tables of moderation: accounts, sessions (by SHA-256 of the cookie value, never the
 * value itself) and failed-login counters. Declared on import of any module that uses them.
 */
definePrivateTables(
  'moderation',
  `
  CREATE TABLE IF NOT EXISTS moderators (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('moderator', 'editor', 'admin')),
    created_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS moderator_sessions (
    id_hash TEXT PRIMARY KEY,
    moderator_id TEXT NOT NULL REFERENCES moderators (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS moderator_sessions_by_moderator ON moderator_sessions (moderator_id);
  CREATE TABLE IF NOT EXISTS login_failures (
    key TEXT PRIMARY KEY,
    count INTEGER NOT NULL,
    first_at INTEGER NOT NULL,
    locked_until INTEGER
  );
  `,
)

export const ROLES = ['moderator', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]
