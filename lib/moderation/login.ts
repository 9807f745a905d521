import type { DatabaseSync } from 'node:sqlite'

import { DIRECT_BUCKET } from '@/lib/comments/bans'

import { findModeratorByEmail, type Moderator } from './accounts'
import {
  clearFailures,
  lockedUntil,
  lockoutKeys,
  MAX_FAILURES,
  MAX_FAILURES_PER_IP,
  recordFailure,
} from './lockout'
import { verifyAgainstDecoy, verifyPassword } from './password'

/** Outcome of a login attempt; `locked` says nothing about whether the e-mail exists. */
export type LoginResult =
  { ok: true; moderator: Moderator } | { ok: false; reason: 'invalid' | 'locked' }

/** The French messages of a refused login, identical for known and unknown e-mails. */
export const loginMessages = {
  invalid: 'Adresse e-mail ou mot de passe incorrect.',
  locked:
    'Trop de tentatives infructueuses : la connexion est suspendue pendant 15 minutes. Réessayez plus tard.',
} as const

/**
 * Checks a login attempt: refuses locked IP + e-mail pairs, always spends one scrypt
 * derivation (against a decoy when the e-mail is unknown) and counts failures.
 */
export async function authenticate(
  db: DatabaseSync,
  attempt: { email: string; password: string; ip: string },
  now = Date.now(),
): Promise<LoginResult> {
  const keys = lockoutKeys(attempt.ip, attempt.email)
  // Without a trusted proxy header every client shares one bucket: counting it per IP would let
  // anyone lock every moderator out, so only the IP + e-mail pair counts then.
  const perIp = attempt.ip !== DIRECT_BUCKET
  if (lockedUntil(db, keys.pair, now) || (perIp && lockedUntil(db, keys.ip, now))) {
    return { ok: false, reason: 'locked' }
  }
  const account = findModeratorByEmail(db, attempt.email)
  const valid = account
    ? await verifyPassword(attempt.password, account.passwordHash)
    : await verifyAgainstDecoy(attempt.password)
  if (!valid || !account) {
    const pairLocked = recordFailure(db, keys.pair, MAX_FAILURES, now)
    const ipLocked = perIp && recordFailure(db, keys.ip, MAX_FAILURES_PER_IP, now)
    return { ok: false, reason: pairLocked || ipLocked ? 'locked' : 'invalid' }
  }
  clearFailures(db, keys.pair)
  return {
    ok: true,
    moderator: { id: account.id, name: account.name, email: account.email, role: account.role },
  }
}
