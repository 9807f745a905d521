import type { DatabaseSync } from 'node:sqlite'

import { isPrivateId, type Perspective } from '@/lib/lake'
import type { Moderator } from '@/lib/moderation/accounts'
import '@/lib/moderation/schema'
import { resolveSession } from '@/lib/moderation/sessions'
import { openPrivateDb } from '@/lib/private/db'

import { ApiError, type ApiRequest } from './http'
import { resolveLocalSession } from './signin'

/**
 * Who sends a request: nobody in particular (no credential, wherever it comes from), the local
 * editor (a session opened by a one-time sign-in link) or an editor or administrator account.
 */
export type Requester =
  | { kind: 'anonymous' }
  | { kind: 'local' }
  | { kind: 'account'; account: Moderator & { role: 'editor' | 'admin' } }

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
 * Authenticates a request by its `Authorization: Bearer` token: the live session of an editor
 * or administrator account, or of the local editor. No token means an anonymous caller, on
 * loopback as anywhere else; a bad or insufficient token is refused. Cookies are not credentials
 * here, so a page of another site cannot act with the browser's session.
 */
export function authenticate(req: ApiRequest, db: DatabaseSync): Requester {
  const token = bearer(req)
  if (!token) return { kind: 'anonymous' }
  if (resolveLocalSession(db, token)) return { kind: 'local' }
  const account = resolveSession(db, token)
  if (!account) throw new ApiError(401, 'unauthorized', 'Unauthorized - Session not found')
  if (account.role !== 'editor' && account.role !== 'admin') {
    throw new ApiError(403, 'forbidden', 'Editor or administrator role required')
  }
  return { kind: 'account', account: { ...account, role: account.role } }
}

/** The `Authorization: Bearer` token of a request, if any. */
export function bearer(req: ApiRequest): string | undefined {
  const header = req.headers.authorization
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null
  return match?.[1]
}

/** Refuses anonymous callers (everything but public reads needs a session). */
export function assertSignedIn(requester: Requester): void {
  if (requester.kind === 'anonymous') {
    throw new ApiError(401, 'unauthorized', 'Unauthorized - Session not found')
  }
}

/**
 * The perspective a requester's query really runs in: an anonymous caller reads what a public
 * dataset exposes, published documents only, whatever perspective it asks for (as Content Lake
 * answers an anonymous `drafts` or `raw` query with the documents it may read).
 */
export function readablePerspective(requester: Requester, perspective: Perspective): Perspective {
  return requester.kind === 'anonymous' ? 'published' : perspective
}

/** True when the requester may read the document `id` (drafts and private ids need a session). */
export function mayReadId(requester: Requester, id: string): boolean {
  if (requester.kind === 'anonymous') return !id.includes('.')
  return seesPrivate(requester) || !isPrivateId(id)
}

/** True when the requester may see private documents (ids under a path other than drafts). */
export function seesPrivate(requester: Requester): boolean {
  return requester.kind === 'account'
}

/** The user id recorded as transaction author and listener `identity`. */
export function identityOf(requester: Requester): string {
  assertSignedIn(requester)
  return requester.kind === 'account' ? requester.account.id : LOCAL_USER.id
}

/** The `/users/me` body of a signed-in requester. */
export function userOf(requester: Requester): ApiUser {
  assertSignedIn(requester)
  if (requester.kind !== 'account') return LOCAL_USER
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
