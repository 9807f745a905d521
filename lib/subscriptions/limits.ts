import type { DatabaseSync } from 'node:sqlite'

import { privateTransaction } from '@/lib/private/db'

/** Mails that an address can be made to receive by someone else typing it in a form. */
export type RateLimitedMail = 'confirm' | 'delete-data'

/** At most this many mails of one kind per address per rolling 24 hours (anti mail-bombing). */
export const MAILS_PER_ADDRESS_PER_DAY = 3

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The mailbox an address delivers to, for counting: lower case, without a « +tag » in the local
 * part. Most providers deliver `victime+1@…`, `victime+2@…` to the same inbox, so without this
 * a form could send 3 mails per invented tag to one person.
 */
export function mailboxKey(email: string): string {
  const address = email.trim().toLowerCase()
  const at = address.lastIndexOf('@')
  if (at < 1) return address
  const local = address.slice(0, at).replace(/\+.*$/, '')
  return `${local || address.slice(0, at)}${address.slice(at)}`
}

/**
 * Reserves one send for `email`, counted per mailbox (`mailboxKey`): records it and returns true,
 * or returns false when the mailbox already had its quota in the last 24 hours. Checked and
 * recorded in one IMMEDIATE transaction so parallel requests cannot both slip under the limit.
 */
export function reserveMail(
  db: DatabaseSync,
  email: string,
  kind: RateLimitedMail,
  now: number,
): boolean {
  const mailbox = mailboxKey(email)
  return privateTransaction(db, () => {
    db.prepare('DELETE FROM mail_send_log WHERE sent_at < ?').run(now - DAY_MS)
    const row = db
      .prepare(
        'SELECT COUNT(*) AS sent FROM mail_send_log WHERE email = ? AND kind = ? AND sent_at >= ?',
      )
      .get(mailbox, kind, now - DAY_MS)
    if (Number(row?.sent ?? 0) >= MAILS_PER_ADDRESS_PER_DAY) return false
    db.prepare('INSERT INTO mail_send_log (email, kind, sent_at) VALUES (?, ?, ?)').run(
      mailbox,
      kind,
      now,
    )
    return true
  })
}
