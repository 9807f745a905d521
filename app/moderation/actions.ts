'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'

import { getPrivateDb } from '@/lib/private'
import {
  banAuthorOf,
  endSession,
  LOGIN_PATH,
  ModerationAuthError,
  moderateAs,
  moderationActions,
  requestIp,
  requireModerator,
  startSession,
  STRICT_ROLES,
  undoAs,
  type Moderator,
} from '@/lib/moderation'
import { authenticate, loginMessages } from '@/lib/moderation/login'
import { claimUndo, rememberDecisions, type UndoEntry } from '@/lib/moderation/undo'
import { safeRedirectPath } from '@/lib/security/redirect'

/** State of the login form (`useActionState`). */
export interface LoginState {
  message?: string
  email?: string
}

const loginSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
})

/** Logs in; a refusal never says whether the e-mail has an account. */
export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse({
    email: formData.get('email'),
    password: formData.get('password'),
  })
  if (!parsed.success) return { message: 'Indiquez votre adresse e-mail et votre mot de passe.' }
  const result = await authenticate(getPrivateDb(), { ...parsed.data, ip: await requestIp() })
  if (!result.ok) return { message: loginMessages[result.reason], email: parsed.data.email }
  await startSession(result.moderator.id)
  redirect('/moderation')
}

/** Logs out (POST only: a link or an image cannot end a session). */
export async function logoutAction(): Promise<void> {
  await endSession()
  redirect(`${LOGIN_PATH}?deconnexion=1`)
}

// Only these keys come back in the redirect, so a crafted `retour` cannot add anything else.
const returnKeys = ['statut', 'article', 'du', 'au', 'q', 'tri'] as const

function backTo(formData: FormData, result: Record<string, string>): never {
  const params = new URLSearchParams()
  const retour = new URLSearchParams(String(formData.get('retour') ?? ''))
  for (const key of returnKeys) {
    const value = retour.get(key)
    if (value) params.set(key, value.slice(0, 128))
  }
  for (const [key, value] of Object.entries(result)) params.set(key, value)
  redirect(safeRedirectPath(`/moderation?${params.toString()}`, '/moderation'))
}

/**
 * Authorises a moderation action: without a session the request goes to the login form (the
 * store is untouched); a role not allowed comes back to the queue with a message.
 */
async function authorise(
  formData: FormData,
  roles?: readonly Moderator['role'][],
): Promise<Moderator> {
  try {
    return await requireModerator({ for: 'action', roles })
  } catch (error) {
    if (!(error instanceof ModerationAuthError)) throw error
    if (error.status === 401) redirect(LOGIN_PATH)
    backTo(formData, { erreur: 'role' })
  }
}

const idSchema = z.string().regex(/^comment\.[A-Za-z0-9-]{1,64}$/)
const moderateSchema = z.object({
  id: idSchema,
  rev: z.string().min(1).max(64),
  action: z.enum(moderationActions),
  note: z.string().max(500).optional(),
  body: z.string().max(8000).optional(),
})

function field(formData: FormData, name: string): string | undefined {
  const value = formData.get(name)
  return typeof value === 'string' ? value : undefined
}

/** One decision on one comment: approve, reject, spam, delete or edit (typo fix). */
export async function moderateAction(formData: FormData): Promise<void> {
  const parsed = moderateSchema.safeParse({
    id: field(formData, 'id'),
    rev: field(formData, 'rev'),
    action: field(formData, 'action'),
    note: field(formData, 'note'),
    body: field(formData, 'body'),
  })
  const moderator = await authorise(
    formData,
    parsed.success && parsed.data.action === 'delete' ? STRICT_ROLES : undefined,
  )
  if (!parsed.success) backTo(formData, { erreur: 'invalide' })
  const { id, rev, action, note, body } = parsed.data
  const outcome = await moderateAs(moderator, { commentId: id, rev, action, note, body })
  if (!outcome.ok) backTo(formData, { erreur: outcome.code })
  const undo = undoable(moderator, action, [{ commentId: id, ...outcome }])
  backTo(formData, { fait: action, n: '1', ...undo })
}

/** Status decisions can be taken back for a few seconds: the `annuler` id of the redirect. */
function undoable(
  moderator: Moderator,
  action: string,
  done: { commentId: string; eventKey: string; previousStatus: string | null }[],
): { annuler?: string } {
  if (!['approve', 'reject', 'spam'].includes(action)) return {}
  const entries = done.flatMap(({ commentId, eventKey, previousStatus }): UndoEntry[] =>
    previousStatus ? [{ commentId, eventKey, previousStatus }] : [],
  )
  if (entries.length === 0) return {}
  return { annuler: rememberDecisions(getPrivateDb(), moderator.id, entries) }
}

/** « Annuler »: puts the comments of the last decision back as they were, within the window. */
export async function undoAction(formData: FormData): Promise<void> {
  const moderator = await authorise(formData)
  const id = field(formData, 'annuler') ?? ''
  const claimed = claimUndo(getPrivateDb(), id, moderator.id)
  if (!claimed.ok) {
    backTo(formData, { erreur: claimed.reason === 'expired' ? 'annulation-tardive' : 'annulation' })
  }
  const { done, failed } = await undoAs(moderator, claimed.entries)
  if (done === 0) backTo(formData, { erreur: 'annulation-impossible' })
  backTo(formData, { fait: 'undo', n: String(done), ...(failed ? { echecs: String(failed) } : {}) })
}

const bulkSchema = z.object({
  action: z.enum(['approve', 'reject', 'spam']),
  selection: z
    .array(z.string().regex(/^comment\.[A-Za-z0-9-]{1,64} [A-Za-z0-9_-]{1,64}$/))
    .min(1)
    .max(100),
})

/** The same decision on every selected comment; each one is checked against its revision. */
export async function bulkAction(formData: FormData): Promise<void> {
  const moderator = await authorise(formData)
  const parsed = bulkSchema.safeParse({
    action: field(formData, 'action'),
    selection: formData.getAll('selection'),
  })
  if (!parsed.success) backTo(formData, { erreur: 'selection' })
  const done: { commentId: string; eventKey: string; previousStatus: string | null }[] = []
  let failed = 0
  for (const entry of parsed.data.selection) {
    const [commentId = '', rev] = entry.split(' ')
    const outcome = await moderateAs(moderator, { commentId, rev, action: parsed.data.action })
    if (outcome.ok) done.push({ commentId, ...outcome })
    else failed += 1
  }
  backTo(formData, {
    fait: parsed.data.action,
    n: String(done.length),
    ...(failed ? { echecs: String(failed) } : {}),
    ...undoable(moderator, parsed.data.action, done),
  })
}

/** Bans the e-mail or the IP address of a comment's author. */
export async function banAction(formData: FormData): Promise<void> {
  const moderator = await authorise(formData, STRICT_ROLES)
  const parsed = z
    .object({ id: idSchema, kind: z.enum(['email', 'ip']) })
    .safeParse({ id: field(formData, 'id'), kind: field(formData, 'kind') })
  if (!parsed.success) backTo(formData, { erreur: 'invalide' })
  const outcome = await banAuthorOf(moderator, parsed.data.id, parsed.data.kind)
  backTo(formData, outcome.ok ? { fait: `ban-${parsed.data.kind}`, n: '1' } : { erreur: 'ban-ip' })
}
