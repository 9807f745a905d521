import 'server-only'

import { cookies } from 'next/headers'

import { getEnv } from '@/lib/env'
import { getServerSecret } from '@/lib/security/secret'

import { EDIT_COOKIE, editCookieOptions, grantEdit } from './edit'
import type { CommentFormState } from './schema'

/**
 * After an accepted comment, gives this browser the right to edit it for a few minutes (a signed
 * HttpOnly cookie; see ./edit.ts). Held spam gets none: its author is not told it was held, and
 * it could not be edited anyway. Works in Server Actions and route handlers alike.
 */
export async function grantEditAfter(state: CommentFormState): Promise<void> {
  if (state.status !== 'ok' || state.outcome === 'spam' || !state.commentId) return
  const jar = await cookies()
  jar.set(
    EDIT_COOKIE,
    grantEdit(jar.get(EDIT_COOKIE)?.value, state.commentId, getServerSecret()),
    editCookieOptions(getEnv().siteUrl.startsWith('https:')),
  )
}
