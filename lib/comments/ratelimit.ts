import { createHmac } from 'node:crypto'
import type { DatabaseSync } from 'node:sqlite'

import { definePrivateTables } from '@/lib/private/db'
import { addressKey, clientIp, DIRECT_BUCKET } from '@/lib/security/client-ip'

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

/** Per e-mail: 5 in 10 minutes, 20 in a day. */
export const COMMENT_LIMITS: readonly RateLimit[] = [
  { max: 5, windowSeconds: 600 },
  { max: 20, windowSeconds: 86_400 },
]

/**
 * Per client address: looser, because a whole office, school or mobile carrier can share one
 * address; still a ceiling for one machine posting under many e-mails.
 */
export const ADDRESS_LIMITS: readonly RateLimit[] = [
  { max: 20, windowSeconds: 600 },
  { max: 100, windowSeconds: 86_400 },
]

/** The client address for rate limits and bans: see lib/security/client-ip.ts. */
export { clientIp }

/** One counter and the limits it is held to. */
export interface RateBucket {
  key: string
  limits: readonly RateLimit[]
}

function bucketOf(secret: string, kind: string, value: string): string {
  return createHmac('sha256', secret).update(`${kind}\n${value}`).digest('base64url')
}

/** The rate-limit buckets of one submission: its e-mail, and its client address when known. */
export function submissionBuckets(
  secret: string,
  { ip, email }: { ip: string; email: string },
): RateBucket[] {
  const emailBucket = {
    key: bucketOf(secret, 'email', email.trim().toLowerCase()),
    limits: COMMENT_LIMITS,
  }
  // When the address is unknown every reader shares the `direct` bucket: limiting it would
  // throttle the whole site, so only the per-e-mail limit applies then.
  if (ip === DIRECT_BUCKET) return [emailBucket]
  return [{ key: bucketOf(secret, 'ip', addressKey(ip)), limits: ADDRESS_LIMITS }, emailBucket]
}

/**
 * Records an attempt in every bucket unless one of them is over its limits (or over `limits`,
 * when given, for every bucket); returns whether the attempt is allowed. Runs inside the
 * caller's transaction when there is one.
 */
export function consumeRateLimit(
  db: DatabaseSync,
  buckets: readonly RateBucket[],
  { limits, now = Date.now() }: { limits?: readonly RateLimit[]; now?: number } = {},
): boolean {
  const limitsOf = (bucket: RateBucket) => limits ?? bucket.limits
  const longest = Math.max(
    ...buckets.flatMap((bucket) => limitsOf(bucket).map((limit) => limit.windowSeconds)),
  )
  db.prepare('DELETE FROM comment_rate_events WHERE at < ?').run(now - longest * 1000)
  const count = db.prepare(
    'SELECT COUNT(*) AS n FROM comment_rate_events WHERE bucket = ? AND at > ?',
  )
  for (const bucket of buckets) {
    for (const limit of limitsOf(bucket)) {
      const row = count.get(bucket.key, now - limit.windowSeconds * 1000)
      if (Number(row?.n ?? 0) >= limit.max) return false
    }
  }
  const insert = db.prepare('INSERT INTO comment_rate_events (bucket, at) VALUES (?, ?)')
  for (const bucket of buckets) insert.run(bucket.key, now)
  return true
}

/**
 * Gives back the attempt `consumeRateLimit` recorded at `now` in each bucket: a submission the
 * content store failed to write must not count against the reader's limits.
 */
export function refundRateLimit(
  db: DatabaseSync,
  buckets: readonly RateBucket[],
  now: number,
): void {
  const remove = db.prepare(
    `DELETE FROM comment_rate_events WHERE rowid IN
       (SELECT rowid FROM comment_rate_events WHERE bucket = ? AND at = ? LIMIT 1)`,
  )
  for (const bucket of buckets) remove.run(bucket.key, now)
}
