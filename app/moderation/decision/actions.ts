'use server'

import { redirect } from 'next/navigation'

import { getModeratorById } from '@/lib/moderation/accounts'
import { verifyDecision } from '@/lib/moderation/links'
import { moderateAs } from '@/lib/moderation'
import { getPrivateDb } from '@/lib/private'
import { getServerSecret } from '@/lib/security/secret'

/**
 * Applies the decision of a signed mail link. No session is needed: the token names the
 * moderator, whose account must still exist. The token is read from the POSTed form only.
 */
export async function decideAction(formData: FormData): Promise<void> {
  const token = formData.get('jeton')
  const verified = typeof token === 'string' ? verifyDecision(token, getServerSecret()) : null
  if (!verified?.ok) redirect(`/moderation/decision?resultat=${verified?.reason ?? 'malformed'}`)
  const { commentId, decision, moderatorId } = verified.grant
  const moderator = getModeratorById(getPrivateDb(), moderatorId)
  if (!moderator) redirect('/moderation/decision?resultat=compte')
  const outcome = await moderateAs(moderator, { commentId, action: decision })
  redirect(`/moderation/decision?resultat=${outcome.ok ? decision : outcome.code}`)
}
