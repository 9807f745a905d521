import type { Moderator } from './accounts'
import { signDecision, type LinkDecision } from './links'

/** One moderator's signed `/moderation/decision` links (approve, reject, spam) for a comment. */
export function decisionLinks(
  siteUrl: string,
  secret: string,
  commentId: string,
  moderatorId: string,
): Record<LinkDecision, string> {
  const url = (decision: LinkDecision) =>
    `${siteUrl}/moderation/decision?jeton=${encodeURIComponent(
      signDecision({ commentId, decision, moderatorId }, secret),
    )}`
  return { approve: url('approve'), reject: url('reject'), spam: url('spam') }
}

/** Addresses of MODERATORS_EMAIL that have no account (accounts get personal links instead). */
export function extraAddresses(accounts: Moderator[], listed: string | undefined): string[] {
  const known = new Set(accounts.map((account) => account.email.toLowerCase()))
  const addresses = (listed ?? '').split(',').map((value) => value.trim())
  return [...new Set(addresses.filter((value) => value && !known.has(value.toLowerCase())))]
}
