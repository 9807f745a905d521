import { createHmac } from 'node:crypto'
import type { DatabaseSync } from 'node:sqlite'

import { definePrivateTables } from '@/lib/private/db'

import { DIRECT_BUCKET } from './bans'

/*
 * Sliding-window rate limits for comment submissions, one row per accepted attempt in the
 * private database. Keys are HMAC-hashed: the table holds no address in clear.
 */
definePrivateTables(
  'comment-rate-limits',
  `CREATE TABLE IF NOT EXISTS comment_rate_events (
    bucket TEXT NOT NULL,
    at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS comment_rate_events_bucket ON comment_rate_events (bucket, at);`,
)

/** One limit: at most `max` submissions per `windowSeconds`. */
export interface RateLimit {
  max: number
  windowSeconds: number
}

/** Per IP and per e-mail: 5 in 10 minutes, 20 in a day. */
export const COMMENT_LIMITS: readonly RateLimit[] = [
  { max: 5, windowSeconds: 600 },
  { max: 20, windowSeconds: 86_400 },
]

/**
 * The client address for rate limits and bans. Read ONLY from the header your reverse proxy
 * sets (`TRUSTED_PROXY_HEADER`), and from its LAST address: a proxy that appends to
 * X-Forwarded-For (nginx `$proxy_add_x_forwarded_for`) keeps whatever the client sent in front,
 * so only the address the proxy added can be trusted. Without the setting every reader shares
 * the `direct` bucket, because Server Actions do not see the socket address and any
 * X-Forwarded-For sent by a client could be forged.
 */
export function clientIp(headers: Pick<Headers, 'get'>, trustedHeader: string | undefined): string {
  if (!trustedHeader) return DIRECT_BUCKET
  const last = headers.get(trustedHeader)?.split(',').at(-1)?.trim()
  return last && /^[0-9A-Fa-f:.[\]]{2,64}$/.test(last)
    ? last.replace(/^\[|\]$/g, '')
    : DIRECT_BUCKET
}

function bucketOf(secret: string, kind: string, value: string): string {
  return createHmac('sha256', secret).update(`${kind}\n${value}`).digest('base64url')
}

/** The rate-limit buckets of one submission. */
export function submissionBuckets(
  secret: string,
  { ip, email }: { ip: string; email: string },
): string[] {
  const emailBucket = bucketOf(secret, 'email', email.trim().toLowerCase())
  // Without a trusted proxy header every reader shares the `direct` address: limiting it would
  // throttle the whole site, so only the per-address limit applies then.
  if (ip === DIRECT_BUCKET) return [emailBucket]
  return [bucketOf(secret, 'ip', ip), emailBucket]
}

/**
 * Records an attempt in every bucket unless one of them is over a limit; returns whether the
 * attempt is allowed. Runs inside the caller's transaction when there is one.
 */
export function consumeRateLimit(
  db: DatabaseSync,
  buckets: readonly string[],
  {
    limits = COMMENT_LIMITS,
    now = Date.now(),
  }: { limits?: readonly RateLimit[]; now?: number } = {},
): boolean {
  const longest = Math.max(...limits.map((limit) => limit.windowSeconds))
  db.prepare('DELETE FROM comment_rate_events WHERE at < ?').run(now - longest * 1000)
  const count = db.prepare(
    'SELECT COUNT(*) AS n FROM comment_rate_events WHERE bucket = ? AND at > ?',
  )
  for (const bucket of buckets) {
    for (const limit of limits) {
      const row = count.get(bucket, now - limit.windowSeconds * 1000)
      if (Number(row?.n ?? 0) >= limit.max) return false
    }
  }
  const insert = db.prepare('INSERT INTO comment_rate_events (bucket, at) VALUES (?, ?)')
  for (const bucket of buckets) insert.run(bucket, now)
  return true
}

/**
 * Gives back the attempt `consumeRateLimit` recorded at `now` in each bucket: a submission the
 * content store failed to write must not count against the reader's limits.
 */
export function refundRateLimit(db: DatabaseSync, buckets: readonly string[], now: number): void {
  const remove = db.prepare(
    `DELETE FROM comment_rate_events WHERE rowid IN
       (SELECT rowid FROM comment_rate_events WHERE bucket = ? AND at = ? LIMIT 1)`,
  )
  for (const bucket of buckets) remove.run(bucket, now)
}
