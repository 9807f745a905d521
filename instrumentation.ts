/**
 * Runs once when a server process starts. In MODERATION_MAIL=digest mode it checks every five
 * minutes whether the moderators' digest is due, so a comment that arrives in a quiet hour is
 * still announced (each new pending comment checks too).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getEnv } = await import('./lib/env')
  if (getEnv().moderationMail !== 'digest') return
  const { sendModerationDigest } = await import('./lib/moderation/notify')
  const timer = setInterval(() => {
    sendModerationDigest().catch((error: unknown) =>
      console.error('[moderation] récapitulatif impossible', error),
    )
  }, 5 * 60_000)
  timer.unref()
}
