import { createHmac } from 'node:crypto'

/** Header carrying the signature, as Sanity's GROQ-powered webhooks send it. */
export const SIGNATURE_HEADER = 'sanity-webhook-signature'

/**
 * The secret that signs revalidation calls: `SANITY_REVALIDATE_SECRET` when set (it must then
 * be the Sanity webhook's secret too), otherwise a key derived from the server secret, so the
 * site and the lake API, sharing a data directory, agree without any configuration.
 */
export function revalidateSecretFrom(options: {
  revalidateSecret: string | undefined
  serverSecret: () => string
}): string {
  if (options.revalidateSecret) return options.revalidateSecret
  // A derived key rather than the server secret itself: one leaked key cannot sign the other's tokens.
  return createHmac('sha256', options.serverSecret())
    .update('kiosque:revalidate')
    .digest('base64url')
}

/**
 * `t=<ms>,v1=<HMAC-SHA256 of "<t>.<body>">` in base64url: the signature header of a Sanity
 * webhook, which next-sanity's `parseBody` (through `@sanity/webhook`) verifies.
 */
export function signWebhookBody(body: string, secret: string, timestamp = Date.now()): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('base64url')
  return `t=${timestamp},v1=${digest}`
}
