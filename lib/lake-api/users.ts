import { z } from 'zod'

import { getModeratorById } from '@/lib/moderation/accounts'

import { seesPrivate, userOf, type ApiUser } from './auth'
import type { RouteCall } from './context'
import { ApiError, readJson, sendJson } from './http'

// Every account the API lets in (local editor, editor, admin) may do everything, as an
// administrator of a Sanity project; grants in Content Lake's ACL shape.
const GRANTS = [
  {
    filter: '_id in path("**")',
    permissions: ['read', 'create', 'update', 'history', 'editHistory'],
  },
]

const keyValueBody = z
  .array(z.strictObject({ key: z.string().min(1).max(200), value: z.unknown() }))
  .max(100)

// Studio preferences (`/users/me/keyvalue`), kept in memory: losing them on restart is harmless.
const keyValues = new Map<string, unknown>()

/**
 * The user and project endpoints the Studio calls at start-up: `/users/me`, `/auth/id`,
 * `/users/me/keyvalue`, `/projects/:p`, `/projects/:p/datasets`, `/projects/:p/datasets/:d/acl`.
 * Returns false when the path is none of them.
 */
export async function handleAccount(call: RouteCall): Promise<boolean> {
  const [first, second, third, fourth, fifth] = call.segments
  const known =
    first === 'users' ||
    (first === 'auth' && second === 'id') ||
    (first === 'projects' && second === call.ctx.projectId)
  if (!known) return false
  const method = call.req.method ?? 'GET'
  // Who am I, without a (valid) session: nobody, as Content Lake answers (`{}`). The Studio then
  // shows its login; it cannot read a 401 here, its error class differs from the client's.
  const probe =
    (first === 'users' && second === 'me' && !third) || (first === 'auth' && second === 'id')
  if (probe && method === 'GET' && call.requester.kind === 'anonymous') {
    sendJson(call.res, 200, {})
    return true
  }
  // Every other endpoint here is about the signed-in user: 401 without a session.
  const me = userOf(call.requester)
  if (first === 'users' && second === 'me' && !third && method === 'GET') {
    sendJson(call.res, 200, me)
  } else if (first === 'auth' && second === 'id' && method === 'GET') {
    sendJson(call.res, 200, { id: me.id })
  } else if (first === 'users' && second === 'me' && third === 'keyvalue') {
    if (method === 'PUT') {
      const pairs = await readJson(call.req, keyValueBody)
      for (const pair of pairs) keyValues.set(`${me.id}\u0000${pair.key}`, pair.value)
      sendJson(call.res, 200, pairs)
    } else {
      const keys = (fourth ?? '').split(',').filter(Boolean)
      sendJson(
        call.res,
        200,
        keys.map((key) => ({ key, value: keyValues.get(`${me.id}\u0000${key}`) ?? null })),
      )
    }
  } else if (first === 'users' && second && second !== 'me' && !third && method === 'GET') {
    // Avatars and history authors: one user object for one id, an array for a list.
    const users = second.split(',').map((id) => userById(call, id, me))
    sendJson(call.res, 200, second.includes(',') ? users : (users[0] ?? {}))
  } else if (first === 'projects' && second === call.ctx.projectId && method === 'GET') {
    if (!third) sendJson(call.res, 200, project(call, me.id))
    else if (third === 'datasets' && !fourth) {
      sendJson(call.res, 200, [{ name: call.ctx.dataset, aclMode: 'private' }])
    } else if (third === 'datasets' && fourth === call.ctx.dataset && fifth === 'acl') {
      sendJson(call.res, 200, GRANTS)
    } else {
      throw new ApiError(404, 'notFoundError', 'Not available offline')
    }
  } else {
    return false
  }
  return true
}

function userById(call: RouteCall, id: string, me: ApiUser): ApiUser | Record<string, never> {
  if (id === me.id) return me
  if (id === userOf({ kind: 'local' }).id) return userOf({ kind: 'local' })
  const account = getModeratorById(call.ctx.privateDb, id)
  if (!account || (account.role !== 'editor' && account.role !== 'admin')) return {}
  const user = userOf({ kind: 'account', account: { ...account, role: account.role } })
  // A history author's name is shown to anybody who reads history; the address is not.
  return seesPrivate(call.requester) ? user : { ...user, email: '' }
}

function project(call: RouteCall, userId: string) {
  return {
    id: call.ctx.projectId,
    displayName: 'Kiosque (lake local)',
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    metadata: {},
    members: [
      {
        id: userId,
        role: 'administrator',
        roles: [{ name: 'administrator', title: 'Administrator' }],
        isCurrentUser: true,
        isRobot: false,
      },
    ],
  }
}
