import type { DatabaseSync } from 'node:sqlite'

import type { Mailer } from '@/lib/mail/transport'

import type { CommentStore } from './store'

/**
 * Everything the subscription features touch, passed in rather than read from the environment,
 * so unit tests run them on a temporary lake, private database and outbox.
 */
export interface SubscriptionDeps {
  /** The private database (subscriptions, notifications sent, send log, opt-outs). */
  db: DatabaseSync
  /** Where comments live: embedded lake or hosted Content Lake. */
  store: CommentStore
  mailer: Mailer
  /** Signs the links sent by mail. */
  secret: string
  /** Absolute base of the links sent by mail. */
  siteUrl: string
  /** Clock in milliseconds; tests move it forward. */
  now?: () => number
  /** Marks cached comment threads stale after an erasure (Next's revalidateTag in the app). */
  revalidateTag?: (tag: string) => void
  /** Where delivery failures are reported; they never fail the caller. */
  logError?: (message: string, error: unknown) => void
}

/** Clock of a deps object. */
export function clock(deps: SubscriptionDeps): number {
  return deps.now?.() ?? Date.now()
}
