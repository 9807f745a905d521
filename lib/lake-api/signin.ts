import { createHash, randomBytes } from 'node:crypto'
import type { DatabaseSync } from 'node:sqlite'

import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '@/lib/moderation/sessions'
import { definePrivateTables } from '@/lib/private/db'

/*
 * How a browser gets a lake API token without any ambient credential:
 * - a **sign-in link** (`/v1/auth/local?token=…`, printed by `npm start` while no editor account
 *   exists, or by `npm run studio:link`) signs it in as the local editor;
 * - the **login form** (`/v1/auth/login`) signs an editor or administrator account in.
 * Both end with a redirect to the Studio carrying a short-lived one-time code in the URL fragment
 * (`#sid=…`, which never reaches a server log); the Studio trades it at `/v1/auth/fetch` for its
 * token, which it keeps in localStorage and sends as `Authorization: Bearer`.
 * Only SHA-256 digests of links, codes and local sessions are stored.
 */
definePrivateTables(
  'lake-api-signin',
  `
  CREATE TABLE IF NOT EXISTS lake_signin_tokens (
    token_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('link', 'code')),
    subject TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS lake_local_sessions (
    id_hash TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
  );
  `,
)

/** A printed sign-in link works once, within the hour. */
export const SIGNIN_LINK_TTL_MS = 60 * 60 * 1000
/** The code of a redirect to the Studio works once, within two minutes. */
export const SIGNIN_CODE_TTL_MS = 2 * 60 * 1000
/** The subject of a local editor's sign-in (any other subject is an account id). */
export const LOCAL_EDITOR = 'local-editor'

type TokenKind = 'link' | 'code'

const TOKEN = /^[A-Za-z0-9_-]{43}$/
// Touching last_seen_at on every request would serialise the Studio's requests on the database.
const TOUCH_EVERY_MS = 60 * 1000

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex')
}

function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Stores a single-use token for `subject` and returns it (only its digest is kept). */
export function issueSignInToken(
  db: DatabaseSync,
  kind: TokenKind,
  subject: string,
  now = Date.now(),
): string {
  const token = newToken()
  const ttl = kind === 'link' ? SIGNIN_LINK_TTL_MS : SIGNIN_CODE_TTL_MS
  db.prepare('DELETE FROM lake_signin_tokens WHERE expires_at < ?').run(now)
  db.prepare(
    'INSERT INTO lake_signin_tokens (token_hash, kind, subject, expires_at) VALUES (?, ?, ?, ?)',
  ).run(digest(token), kind, subject, now + ttl)
  return token
}

/**
 * Uses up a sign-in token: its subject when it is a live token of `kind`, else null. Deleted
 * in the same statement that reads it, so two concurrent uses cannot both succeed.
 */
export function consumeSignInToken(
  db: DatabaseSync,
  kind: TokenKind,
  token: string | null,
  now = Date.now(),
): string | null {
  if (!token || !TOKEN.test(token)) return null
  const row = db
    .prepare(
      'DELETE FROM lake_signin_tokens WHERE token_hash = ? AND kind = ? RETURNING subject, expires_at',
    )
    .get(digest(token), kind)
  if (!row || Number(row.expires_at) < now) return null
  return String(row.subject)
}

/** The one-time local sign-in link of the API at `apiUrl`. */
export function createSignInLink(db: DatabaseSync, apiUrl: string, now = Date.now()): string {
  const token = issueSignInToken(db, 'link', LOCAL_EDITOR, now)
  return `${apiUrl}/v1/auth/local?token=${token}`
}

/** Opens a session of the local editor and returns its token. */
export function createLocalSession(db: DatabaseSync, now = Date.now()): string {
  const token = newToken()
  db.prepare(
    'INSERT INTO lake_local_sessions (id_hash, created_at, last_seen_at) VALUES (?, ?, ?)',
  ).run(digest(token), now, now)
  return token
}

/** True when `token` is a live local editor session (same limits as an account's session). */
export function resolveLocalSession(
  db: DatabaseSync,
  token: string | undefined,
  now = Date.now(),
): boolean {
  if (!token || !TOKEN.test(token)) return false
  const hash = digest(token)
  const row = db.prepare('SELECT * FROM lake_local_sessions WHERE id_hash = ?').get(hash)
  if (!row) return false
  const lastSeenAt = Number(row.last_seen_at)
  if (now - lastSeenAt > SESSION_IDLE_MS || now - Number(row.created_at) > SESSION_ABSOLUTE_MS) {
    db.prepare('DELETE FROM lake_local_sessions WHERE id_hash = ?').run(hash)
    return false
  }
  if (now - lastSeenAt > TOUCH_EVERY_MS) {
    db.prepare('UPDATE lake_local_sessions SET last_seen_at = ? WHERE id_hash = ?').run(now, hash)
  }
  return true
}

/** Ends a local editor session (logout); unknown tokens are ignored. */
export function deleteLocalSession(db: DatabaseSync, token: string): void {
  db.prepare('DELETE FROM lake_local_sessions WHERE id_hash = ?').run(digest(token))
}
