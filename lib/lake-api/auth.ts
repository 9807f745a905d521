import type { DatabaseSync } from 'node:sqlite'

import type { Moderator } from '@/lib/moderation/accounts'
import '@/lib/moderation/schema'
import { resolveSession } from '@/lib/moderation/sessions'
import { openPrivateDb } from '@/lib/private/db'

import { ApiError, type ApiRequest } from './http'

/** Who sends a request: the local editor (loopback, no credential) or an editor account. */
export type Requester =
  { kind: 'local' } | { kind: 'account'; account: Moderator & { role: 'editor' | 'admin' } }

/** A user as `/users/me` answers it (Content Lake's current-user shape). */
export interface ApiUser {
  id: string
  name: string
  email: string
  profileImage: null
  role: string
  roles: { name: string; title: string }[]
  provider: string
}

const LOCAL_USER: ApiUser = {
  id: 'local-editor',
  name: 'Rédaction (poste local)',
  email: 'redaction@localhost',
  profileImage: null,
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
  provider: 'kiosque-local',
}

const SESSION_COOKIES = ['__Host-kiosque_session', 'kiosque_session']

/** True for hosts only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return (
    host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)
  )
}

/** Editor and administrator accounts of the private database (moderators do not count). */
export function countEditorAccounts(db: DatabaseSync): number {
  const row = db
    .prepare("SELECT count(*) AS n FROM moderators WHERE role IN ('editor', 'admin')")
    .get()
  return Number(row?.n ?? 0)
}

/**
 * Refuses to serve beyond loopback without an editor account: there, every request must carry
 * the session token of such an account, and there would be nobody to let in.
 */
export function assertMayListen(host: string, dataDir: string): DatabaseSync {
  const db = openPrivateDb(dataDir)
  if (!isLoopbackHost(host) && countEditorAccounts(db) === 0) {
    throw new Error(
      `Refus de démarrer sur ${host} : aucun compte « editor » ou « admin » dans ${dataDir}/private.db. ` +
        'Créez-en un avec `npm run moderator:add -- --role editor`, ou écoutez sur 127.0.0.1.',
    )
  }
  return db
}

/**
 * Authenticates a request: a Bearer token (or the site's session cookie) must be the live
 * session of an editor or administrator. Without credential, only a loopback server lets the
 * request in, as the local editor. A bad or insufficient credential is refused everywhere.
 */
export function authenticate(req: ApiRequest, db: DatabaseSync, loopback: boolean): Requester {
  const token = bearer(req) ?? sessionCookie(req)
  if (!token) {
    if (loopback) return { kind: 'local' }
    throw new ApiError(401, 'unauthorized', 'Session does not match project host')
  }
  const account = resolveSession(db, token)
  if (!account) throw new ApiError(401, 'unauthorized', 'Unauthorized - Session not found')
  if (account.role !== 'editor' && account.role !== 'admin') {
    throw new ApiError(403, 'forbidden', 'Editor or administrator role required')
  }
  return { kind: 'account', account: { ...account, role: account.role } }
}

/** `sid` when it is the live session of an editor or administrator, else null. */
export function sessionToken(db: DatabaseSync, sid: string | null): string | null {
  const account = sid ? resolveSession(db, sid) : null
  return account && (account.role === 'editor' || account.role === 'admin') ? sid : null
}

/** True when the requester may see private documents (ids under a path other than drafts). */
export function seesPrivate(requester: Requester): boolean {
  return requester.kind === 'account'
}

/** The user id recorded as transaction author and listener `identity`. */
export function identityOf(requester: Requester): string {
  return requester.kind === 'account' ? requester.account.id : LOCAL_USER.id
}

/** The `/users/me` body of a requester. */
export function userOf(requester: Requester): ApiUser {
  if (requester.kind === 'local') return LOCAL_USER
  const { account } = requester
  const role = account.role === 'admin' ? 'administrator' : 'editor'
  return {
    id: account.id,
    name: account.name,
    email: account.email,
    profileImage: null,
    role,
    roles: [{ name: role, title: role === 'administrator' ? 'Administrator' : 'Editor' }],
    provider: 'kiosque',
  }
}

function bearer(req: ApiRequest): string | undefined {
  const header = req.headers.authorization
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null
  return match?.[1]
}

function sessionCookie(req: ApiRequest): string | undefined {
  const header = req.headers.cookie
  if (typeof header !== 'string') return undefined
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name && SESSION_COOKIES.includes(name)) return decodeURIComponent(value.join('='))
  }
  return undefined
}
