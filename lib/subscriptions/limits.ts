import type { DatabaseSync } from 'node:sqlite'

import { privateTransaction } from '@/lib/private/db'

/** Mails that an address can be made to receive by someone else typing it in a form. */
export type RateLimitedMail = 'confirm' | 'delete-data'

/** At most this many mails of one kind per address per rolling 24 hours (anti mail-bombing). */
export const MAILS_PER_ADDRESS_PER_DAY = 3

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Reserves one send for `email`: records it and returns true, or returns false when the address
 * already had its quota in the last 24 hours. Checked and recorded in one IMMEDIATE transaction
 * so parallel requests cannot both slip under the limit.
 */
export function reserveMail(
  db: DatabaseSync,
  email: string,
  kind: RateLimitedMail,
  now: number,
): boolean {
  return privateTransaction(db, () => {
    db.prepare('DELETE FROM mail_send_log WHERE sent_at < ?').run(now - DAY_MS)
    const row = db
      .prepare(
        'SELECT COUNT(*) AS sent FROM mail_send_log WHERE email = ? AND kind = ? AND sent_at >= ?',
      )
      .get(email, kind, now - DAY_MS)
    if (Number(row?.sent ?? 0) >= MAILS_PER_ADDRESS_PER_DAY) return false
    db.prepare('INSERT INTO mail_send_log (email, kind, sent_at) VALUES (?, ?, ?)').run(
      email,
      kind,
      now,
    )
    return true
  })
}
