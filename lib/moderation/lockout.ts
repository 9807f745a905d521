import { createHash } from 'node:crypto'
import type { DatabaseSync } from 'node:sqlite'

import { privateTransaction } from '@/lib/private/db'

/**
 * Failed-login counters. Five failures for one IP + e-mail within 15 minutes lock that pair for
 * 15 minutes; a looser counter per IP alone (30) stops one address from spraying many e-mails.
 * Keys are hashed so the table holds no e-mail in clear.
 */
export const MAX_FAILURES = 5
export const MAX_FAILURES_PER_IP = 30
export const LOCKOUT_MS = 15 * 60 * 1000

/** The counter keys of one attempt: the IP + e-mail pair, and the IP alone. */
export function lockoutKeys(ip: string, email: string): { pair: string; ip: string } {
  const hash = (value: string) => createHash('sha256').update(value).digest('hex')
  return { pair: hash(`pair\n${ip}\n${email.trim().toLowerCase()}`), ip: hash(`ip\n${ip}`) }
}

/** Epoch ms until which `key` is locked, or null. */
export function lockedUntil(db: DatabaseSync, key: string, now = Date.now()): number | null {
  const row = db.prepare('SELECT locked_until FROM login_failures WHERE key = ?').get(key)
  const until = row?.locked_until == null ? null : Number(row.locked_until)
  return until !== null && until > now ? until : null
}

/** Counts one failure; returns true when this failure locks the key. */
export function recordFailure(
  db: DatabaseSync,
  key: string,
  limit: number,
  now = Date.now(),
): boolean {
  return privateTransaction(db, () => {
    const row = db.prepare('SELECT count, first_at FROM login_failures WHERE key = ?').get(key)
    // A window that started more than 15 minutes ago (or ended in a lockout) starts over.
    const fresh = !row || now - Number(row.first_at) > LOCKOUT_MS
    const count = fresh ? 1 : Number(row.count) + 1
    const firstAt = fresh ? now : Number(row.first_at)
    const locked = count >= limit ? now + LOCKOUT_MS : null
    db.prepare(
      `INSERT INTO login_failures (key, count, first_at, locked_until) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET count = excluded.count, first_at = excluded.first_at,
         locked_until = excluded.locked_until`,
    ).run(key, locked ? 0 : count, locked ? now : firstAt, locked)
    return locked !== null
  })
}

/** Forgets the failures of a key (after a successful login). */
export function clearFailures(db: DatabaseSync, key: string): void {
  db.prepare('DELETE FROM login_failures WHERE key = ?').run(key)
}
