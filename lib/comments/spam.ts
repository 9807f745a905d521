import { countLinks } from './text'

/*
 * Spam rules that hold a comment rather than refuse it: the sender is told the comment awaits
 * moderation, as for any other, so a robot learns nothing from the answer.
 */

/** More links than this sends the comment to `spam` for a moderator to check. */
export const MAX_LINKS = 2

/** Why a comment is held as spam, or null when nothing looks wrong. */
export function spamReason({ body, banned }: { body: string; banned: boolean }): string | null {
  if (banned) return 'Adresse e-mail ou adresse IP bannie'
  const links = countLinks(body)
  if (links > MAX_LINKS) return `${links} liens (plus de ${MAX_LINKS})`
  return null
}

/** Duplicates are looked for over this period (same e-mail, same text). */
export const DUPLICATE_WINDOW_MS = 24 * 3600 * 1000
