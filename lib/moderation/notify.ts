import 'server-only'

import { getEnv } from '@/lib/env'
import { getMailer } from '@/lib/mail'
import { getPrivateDb } from '@/lib/private'
import { getServerSecret } from '@/lib/security/secret'

import { listNotifiedModerators } from './accounts'
import { readComment } from './decisions'
import { sendDigestIfDue } from './digest'
import { decisionLinks, extraAddresses } from './mail-links'
import { pendingMail } from './mails'
import { getModerationBackend } from './store'

export { pendingMail } from './mails'

/**
 * Tells moderators that `commentId` awaits moderation: every account with the role moderator
 * or admin gets a mail with its own signed links (approve, reject, spam; 72 hours), addresses
 * of `MODERATORS_EMAIL` without an account get a link to the queue. Call it after a pending
 * comment is stored, ideally in `after()`; it never throws, it logs and returns the mails sent.
 */
export async function announcePendingComment(commentId: string): Promise<number> {
  try {
    if (getEnv().moderationMail === 'digest') return (await sendModerationDigest()).sent
    const comment = await readComment(getModerationBackend(), commentId)
    if (!comment || comment.status !== 'pending') return 0
    const { siteUrl } = getEnv()
    const secret = getServerSecret()
    const accounts = listNotifiedModerators(getPrivateDb())
    const mails = accounts.map((account) =>
      pendingMail(
        comment,
        { address: account.email, name: account.name },
        decisionLinks(siteUrl, secret, commentId, account.id),
        siteUrl,
      ),
    )
    for (const address of extraAddresses(accounts, getEnv().moderatorsEmail)) {
      mails.push(pendingMail(comment, { address }, {}, siteUrl))
    }
    const mailer = getMailer()
    const built = await Promise.all(mails)
    const sent = await Promise.allSettled(built.map((mail) => mailer.send(mail)))
    for (const result of sent) {
      if (result.status === 'rejected')
        console.error('[moderation] envoi impossible', result.reason)
    }
    return sent.filter((result) => result.status === 'fulfilled').length
  } catch (error) {
    console.error(`[moderation] annonce du commentaire ${commentId} impossible`, error)
    return 0
  }
}

/**
 * MODERATION_MAIL=digest: sends the moderators' digest when it is due (see ./digest.ts). Called
 * after each pending comment and every few minutes by the server (instrumentation.ts).
 */
export function sendModerationDigest(now = new Date()) {
  const env = getEnv()
  return sendDigestIfDue({
    backend: getModerationBackend(),
    db: getPrivateDb(),
    mailer: getMailer(),
    secret: getServerSecret(),
    siteUrl: env.siteUrl,
    intervalMinutes: env.moderationDigestMinutes,
    moderatorsEmail: env.moderatorsEmail,
    now,
  })
}
