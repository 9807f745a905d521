import 'server-only'

import { z } from 'zod'

import { getEnv } from '@/lib/env'
import { getServerSecret } from '@/lib/security/secret'

import { revalidateSecretFrom } from './signature'

/** The secret `/api/revalidate` checks signatures with (see `revalidateSecretFrom`). */
export function getRevalidateSecret(): string {
  return revalidateSecretFrom({
    revalidateSecret: getEnv().revalidateSecret,
    serverSecret: getServerSecret,
  })
}

/**
 * Body of a revalidation call: the projection `{_type, _id, "slug": slug.current}` of the
 * Sanity webhook, and what the lake API sends after a publish.
 */
export const revalidateBodySchema = z.object({
  _type: z.string().min(1).max(200),
  _id: z.string().min(1).max(200),
  slug: z.string().max(300).nullish(),
})

export type RevalidateBody = z.infer<typeof revalidateBodySchema>
