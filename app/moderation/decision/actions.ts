'use server'

import { redirect } from 'next/navigation'

import { getModeratorById } from '@/lib/moderation/accounts'
import { readComment } from '@/lib/moderation/decisions'
import { claimDecisionLink, releaseDecisionLink, verifyDecision } from '@/lib/moderation/links'
import { getModerationBackend } from '@/lib/moderation/store'
import { moderateAs } from '@/lib/moderation'
import { getPrivateDb } from '@/lib/private'
import { getServerSecret } from '@/lib/security/secret'

/**
 * Applies the decision of a signed mail link, once. No session is needed: the token names the
 * moderator, whose account must still exist. The token is read from the POSTed form only. A
 * used link, or a comment no longer pending, goes back to the link's page, which says who
 * decided and when.
 */
export async function decideAction(formData: FormData): Promise<void> {
  const token = formData.get('jeton')
  const verified = typeof token === 'string' ? verifyDecision(token, getServerSecret()) : null
  if (!verified?.ok) redirect(`/moderation/decision?resultat=${verified?.reason ?? 'malformed'}`)
  const linkPage = `/moderation/decision?jeton=${encodeURIComponent(String(token))}`
  const { grant } = verified
  const db = getPrivateDb()
  const moderator = getModeratorById(db, grant.moderatorId)
  if (!moderator) redirect('/moderation/decision?resultat=compte')
  const comment = await readComment(getModerationBackend(), grant.commentId)
  if (!comment) redirect('/moderation/decision?resultat=notFound')
  if (comment.status !== 'pending') redirect(linkPage)
  const claim = claimDecisionLink(db, String(token), grant)
  if (!claim.ok) redirect(linkPage)
  // The revision read above: a decision taken meanwhile in the queue wins, this one is refused.
  const outcome = await moderateAs(moderator, {
    commentId: grant.commentId,
    action: grant.decision,
    rev: comment._rev,
  })
  if (!outcome.ok) {
    releaseDecisionLink(db, claim.tokenId)
    redirect(`/moderation/decision?resultat=${outcome.code}`)
  }
  redirect(`/moderation/decision?enregistree=${encodeURIComponent(claim.tokenId)}`)
}
