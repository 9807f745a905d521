import { z } from 'zod'

import { absoluteUrl } from '@/lib/href'
import { signToken, verifyToken } from '@/lib/security/tokens'

/**
 * Signed links sent by mail. Each purpose signs differently, so a confirmation link can never
 * unsubscribe anyone nor erase data, and the reverse.
 */
export const TOKEN_PURPOSES = {
  confirm: 'subscribe-confirm',
  unsubscribe: 'unsubscribe',
  deleteData: 'delete-data',
} as const

/** A confirmation link stays valid a week; an erasure link a day. */
export const CONFIRM_TTL_SECONDS = 7 * 24 * 3600
export const DELETE_TTL_SECONDS = 24 * 3600

/** Payload of a confirmation link: the pending subscription. */
const confirmPayload = z.object({ s: z.string().min(1).max(64) })
/** An unsubscribe link stops one subscription, or every mail to one address. */
const unsubscribePayload = z.union([
  z.object({ s: z.string().min(1).max(64) }),
  z.object({ all: z.email() }),
])
const deletePayload = z.object({ e: z.email() })

export type ConfirmPayload = z.infer<typeof confirmPayload>
export type UnsubscribePayload = z.infer<typeof unsubscribePayload>
export type DeletePayload = z.infer<typeof deletePayload>

/** Why a link is refused, as the pages explain it. */
export type LinkProblem = 'missing' | 'invalid' | 'expired'

type Checked<T> = { ok: true; payload: T } | { ok: false; problem: LinkProblem }

function check<T>(
  token: string | undefined,
  secret: string,
  purpose: string,
  schema: z.ZodType<T>,
  now?: number,
): Checked<T> {
  if (!token) return { ok: false, problem: 'missing' }
  const verified = verifyToken(token, { secret, purpose, now })
  if (!verified.ok)
    return { ok: false, problem: verified.reason === 'expired' ? 'expired' : 'invalid' }
  const parsed = schema.safeParse(verified.payload)
  return parsed.success ? { ok: true, payload: parsed.data } : { ok: false, problem: 'invalid' }
}

/** Signs and verifies the links of one server secret. */
export function linkSigner(secret: string, siteUrl: string, now: () => number) {
  const url = (route: string, token: string) =>
    absoluteUrl(siteUrl, `${route}?jeton=${encodeURIComponent(token)}`)
  return {
    confirmUrl(payload: ConfirmPayload): string {
      const token = signToken(payload, {
        secret,
        purpose: TOKEN_PURPOSES.confirm,
        ttlSeconds: CONFIRM_TTL_SECONDS,
        now: now(),
      })
      return url('/abonnements/confirmer', token)
    },
    /** The page (for people) and the RFC 8058 one-click endpoint (for mail clients). */
    unsubscribeUrls(payload: UnsubscribePayload): { page: string; oneClick: string } {
      // No expiry: a months-old notification must still let its reader leave.
      const token = signToken(payload, { secret, purpose: TOKEN_PURPOSES.unsubscribe })
      return {
        page: url('/abonnements/desabonner', token),
        oneClick: url('/abonnements/desabonner/un-clic', token),
      }
    },
    deleteUrl(payload: DeletePayload): string {
      const token = signToken(payload, {
        secret,
        purpose: TOKEN_PURPOSES.deleteData,
        ttlSeconds: DELETE_TTL_SECONDS,
        now: now(),
      })
      return url('/donnees-personnelles/supprimer', token)
    },
    checkConfirm: (token: string | undefined) =>
      check(token, secret, TOKEN_PURPOSES.confirm, confirmPayload, now()),
    checkUnsubscribe: (token: string | undefined) =>
      check(token, secret, TOKEN_PURPOSES.unsubscribe, unsubscribePayload, now()),
    checkDelete: (token: string | undefined) =>
      check(token, secret, TOKEN_PURPOSES.deleteData, deletePayload, now()),
  }
}

/** The signer type, for dependency injection. */
export type LinkSigner = ReturnType<typeof linkSigner>
