import type { DatabaseSync } from 'node:sqlite'

import { definePrivateTables } from '@/lib/private/db'
import { DIRECT_BUCKET } from '@/lib/security/client-ip'

/** The shared client « address » used when the real one is unknown (see lib/security/client-ip). */
export { DIRECT_BUCKET }

/*
 * Banned e-mail addresses and client addresses, in the private database. A banned reader can
 * still post: the comment is stored as `spam` and never shown, so the ban is not revealed.
 */
definePrivateTables(
  'bans',
  `CREATE TABLE IF NOT EXISTS bans (
    kind TEXT NOT NULL CHECK (kind IN ('email', 'ip')),
    value TEXT NOT NULL,
    reason TEXT,
    created_by TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (kind, value)
  );`,
)

/** What a ban targets: an e-mail address (case-insensitive) or a client address. */
export type BanKind = 'email' | 'ip'

function normalise(kind: BanKind, value: string): string {
  return kind === 'email' ? value.trim().toLowerCase() : value.trim()
}

/** Bans an e-mail or an IP (idempotent: a second ban updates reason and author). */
export function ban(
  db: DatabaseSync,
  {
    kind,
    value,
    reason,
    by,
    now = new Date(),
  }: { kind: BanKind; value: string; reason?: string; by?: string; now?: Date },
): void {
  db.prepare(
    `INSERT INTO bans (kind, value, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (kind, value) DO UPDATE SET reason = excluded.reason, created_by = excluded.created_by`,
  ).run(kind, normalise(kind, value), reason ?? null, by ?? null, now.toISOString())
}

/** Lifts a ban; returns whether one existed. */
export function unban(db: DatabaseSync, kind: BanKind, value: string): boolean {
  return (
    db.prepare('DELETE FROM bans WHERE kind = ? AND value = ?').run(kind, normalise(kind, value))
      .changes > 0
  )
}

/**
 * Whether the e-mail or the IP is banned. The `direct` bucket (address unknown) is never
 * matched: it stands for every reader at once.
 */
export function isBanned(
  db: DatabaseSync,
  { email, ip }: { email?: string; ip?: string },
): boolean {
  const check = db.prepare('SELECT 1 AS hit FROM bans WHERE kind = ? AND value = ?')
  if (email && check.get('email', normalise('email', email))) return true
  if (ip && ip !== DIRECT_BUCKET && check.get('ip', normalise('ip', ip))) return true
  return false
}
