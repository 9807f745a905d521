import { randomBytes } from 'node:crypto'

import { z } from 'zod'

import { signToken, verifyToken } from '@/lib/security/tokens'

import { EDIT_WINDOW_MINUTES } from './form-limits'
import { commentBodySchema } from './schema'
import { CommentChangedError, type CommentStore, type ModerationEntry } from './store'

/*
 * The author's edit of a fresh comment. When a comment is accepted, the browser that sent it
 * receives a signed HttpOnly cookie naming the comment and the end of its edit window; only
 * that browser, and only for EDIT_WINDOW_MINUTES after posting, may change the text (the
 * comment's own `createdAt` is checked too, so a replayed cookie cannot stretch the window).
 * An approved comment that is edited goes back to moderation.
 */

/** Cookie holding the edit capabilities of this browser. */
export const EDIT_COOKIE = 'kiosque_modification'
/** Edit window, in milliseconds. */
export const EDIT_WINDOW_MS = EDIT_WINDOW_MINUTES * 60_000
const PURPOSE = 'comment-edit'
/** At most this many comments editable from one browser at a time. */
const MAX_GRANTS = 10

/** One capability: a comment id and the time (ms) until which it may be edited. */
export interface EditGrant {
  id: string
  until: number
}

const ID = /^comment\.[0-9a-f-]{36}$/

/** The unexpired capabilities of a cookie value; none when absent, forged or malformed. */
export function readEditGrants(
  value: string | undefined,
  secret: string,
  now: number = Date.now(),
): EditGrant[] {
  if (!value) return []
  const result = verifyToken<{ g?: unknown }>(value, { secret, purpose: PURPOSE, now })
  if (!result.ok || !Array.isArray(result.payload.g)) return []
  return result.payload.g.flatMap((entry: unknown) => {
    if (!Array.isArray(entry)) return []
    const [id, until] = entry as unknown[]
    return typeof id === 'string' && ID.test(id) && typeof until === 'number' && until > now
      ? [{ id, until }]
      : []
  })
}

/** The cookie value granting the edit of `commentId` for the window, keeping unexpired ones. */
export function grantEdit(
  value: string | undefined,
  commentId: string,
  secret: string,
  now: number = Date.now(),
): string {
  const kept = readEditGrants(value, secret, now).filter((grant) => grant.id !== commentId)
  const grants = [...kept, { id: commentId, until: now + EDIT_WINDOW_MS }].slice(-MAX_GRANTS)
  return signToken(
    { g: grants.map((grant) => [grant.id, grant.until]) },
    { secret, purpose: PURPOSE, ttlSeconds: EDIT_WINDOW_MINUTES * 60, now },
  )
}

/** Cookie attributes: the edit window, whole site (the edit page and the article), no scripts. */
export function editCookieOptions(secure: boolean) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    path: '/',
    maxAge: EDIT_WINDOW_MINUTES * 60,
  }
}

const editSchema = z.object({
  commentId: z.string().regex(ID, { message: 'Ce commentaire est introuvable.' }),
  body: commentBodySchema,
})

/** Why an edit was refused, in French for the author. */
export type EditOutcome =
  | { ok: true; articleId: string; slug: string | null; changed: boolean; wasApproved: boolean }
  | { ok: false; field: 'body' | 'form'; error: string }

/** Everything an edit touches, passed in so tests use temporary stores. */
export interface EditContext {
  store: CommentStore
  secret: string
  /** The edit cookie the browser sent. */
  cookie: string | undefined
  now?: Date
}

const NOT_YOURS = `Ce commentaire ne peut plus être modifié depuis ce navigateur : la modification n’est possible que depuis le navigateur qui l’a envoyé, pendant ${EDIT_WINDOW_MINUTES} minutes.`

/**
 * Applies an author's edit: the capability cookie must name the comment, the comment must be
 * younger than the window and pending or approved; the new text passes the form's rules. An
 * approved comment goes back to `pending` with an « edited » entry in its trail.
 */
export async function editComment(formData: FormData, ctx: EditContext): Promise<EditOutcome> {
  const now = ctx.now ?? new Date()
  const field = (key: string) => {
    const value = formData.get(key)
    return typeof value === 'string' ? value : undefined
  }
  const parsed = editSchema.safeParse({ commentId: field('commentId'), body: field('body') })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return {
      ok: false,
      field: issue?.path[0] === 'body' ? 'body' : 'form',
      error: issue?.message ?? 'Modification invalide.',
    }
  }
  const { commentId, body } = parsed.data
  const grants = readEditGrants(ctx.cookie, ctx.secret, now.getTime())
  if (!grants.some((grant) => grant.id === commentId)) {
    return { ok: false, field: 'form', error: NOT_YOURS }
  }
  const target = await ctx.store.getEditTarget(commentId)
  if (!target?.articleId)
    return { ok: false, field: 'form', error: 'Ce commentaire est introuvable.' }
  const created = Date.parse(target.createdAt ?? '')
  if (!(now.getTime() - created < EDIT_WINDOW_MS)) {
    return { ok: false, field: 'form', error: NOT_YOURS }
  }
  if (target.status !== 'pending' && target.status !== 'approved') {
    return { ok: false, field: 'form', error: 'Ce commentaire ne peut plus être modifié.' }
  }
  const wasApproved = target.status === 'approved'
  if (target.body === body) {
    return { ok: true, articleId: target.articleId, slug: target.slug, changed: false, wasApproved }
  }
  const event: ModerationEntry = {
    _key: randomBytes(6).toString('hex'),
    _type: 'moderationEvent',
    action: 'edited',
    by: target.authorName ?? 'Auteur',
    at: now.toISOString(),
    note: wasApproved
      ? 'Modifié par son auteur après publication : de nouveau en attente de modération'
      : 'Modifié par son auteur',
  }
  try {
    await ctx.store.updateBody(commentId, { rev: target._rev, body, status: 'pending', event })
  } catch (error) {
    if (error instanceof CommentChangedError) {
      return {
        ok: false,
        field: 'form',
        error:
          'Ce commentaire vient d’être modéré pendant votre modification : rechargez la page et recommencez.',
      }
    }
    throw error
  }
  return { ok: true, articleId: target.articleId, slug: target.slug, changed: true, wasApproved }
}
