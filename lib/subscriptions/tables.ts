import type { DatabaseSync } from 'node:sqlite'

import { definePrivateTables } from '@/lib/private/db'

/**
 * Tables of the private database (never a content dataset): who subscribed to what, which
 * notification went to whom, how many mails an address received lately, and who asked for no
 * more mail at all. Addresses are stored lowercased and trimmed.
 */
definePrivateTables(
  'subscriptions',
  `
  CREATE TABLE IF NOT EXISTS subscriptions (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    article_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('thread', 'replies')),
    -- '' for a thread subscription, so the UNIQUE constraint also covers it
    comment_id TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
    created_at TEXT NOT NULL,
    confirmed_at TEXT,
    unsubscribed_at TEXT,
    UNIQUE (email, article_id, kind, comment_id)
  );
  CREATE INDEX IF NOT EXISTS subscriptions_by_target
    ON subscriptions (article_id, kind, comment_id, status);
  CREATE TABLE IF NOT EXISTS notifications_sent (
    comment_id TEXT NOT NULL,
    email TEXT NOT NULL,
    reason TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (comment_id, email)
  );
  CREATE TABLE IF NOT EXISTS mail_send_log (
    email TEXT NOT NULL,
    kind TEXT NOT NULL,
    sent_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS mail_send_log_by_address ON mail_send_log (email, kind, sent_at);
  CREATE TABLE IF NOT EXISTS mail_optouts (
    email TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
  );
`,
)

/** Subscription kinds: every new comment of an article, or replies to one comment. */
export type SubscriptionKind = 'thread' | 'replies'

/** A row of `subscriptions`. */
export interface SubscriptionRow {
  id: string
  email: string
  name: string
  article_id: string
  kind: SubscriptionKind
  comment_id: string
  status: 'pending' | 'confirmed' | 'unsubscribed'
  created_at: string
  confirmed_at: string | null
  unsubscribed_at: string | null
}

/** The key under which an address is stored and compared. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function toRow(row: Record<string, unknown>): SubscriptionRow {
  return {
    id: text(row.id),
    email: text(row.email),
    name: text(row.name),
    article_id: text(row.article_id),
    kind: row.kind === 'replies' ? 'replies' : 'thread',
    comment_id: text(row.comment_id),
    status: row.status === 'confirmed' || row.status === 'unsubscribed' ? row.status : 'pending',
    created_at: text(row.created_at),
    confirmed_at: typeof row.confirmed_at === 'string' ? row.confirmed_at : null,
    unsubscribed_at: typeof row.unsubscribed_at === 'string' ? row.unsubscribed_at : null,
  }
}

/** Rows of a `SELECT * FROM subscriptions …` statement. */
export function subscriptionRows(db: DatabaseSync, sql: string, ...params: string[]) {
  return db
    .prepare(sql)
    .all(...params)
    .map(toRow)
}

/** One subscription by id, or null. */
export function findSubscription(db: DatabaseSync, id: string): SubscriptionRow | null {
  return subscriptionRows(db, 'SELECT * FROM subscriptions WHERE id = ?', id)[0] ?? null
}

/** True when the address asked never to receive notifications or confirmations again. */
export function hasOptedOut(db: DatabaseSync, email: string): boolean {
  return Boolean(db.prepare('SELECT 1 AS found FROM mail_optouts WHERE email = ?').get(email))
}
