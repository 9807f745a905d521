import { isDraftOrVersionId, isPrivateId, type LakeTransaction } from '@/lib/lake'
import { SIGNATURE_HEADER, signWebhookBody } from '@/lib/revalidate/signature'

import type { DocumentChange, HubListener } from './listen-hub'

/** Where and how to tell the site that published content changed. */
export interface RevalidateTarget {
  /** `<site>/api/revalidate`. */
  url: string
  /** The revalidation secret (see `revalidateSecretFrom`), shared with the site. */
  secret: string
}

// The endpoint expires the whole `content` tag whatever the document, so a transaction that
// publishes hundreds of documents (an import) needs no more calls than one that publishes one.
const MAX_CALLS_PER_TRANSACTION = 3
const RETRY_DELAYS_MS = [500, 2_000, 5_000]

/**
 * A hub listener that calls the site's `/api/revalidate`, signed like a Sanity webhook, after
 * each committed transaction that changed a published document, whichever process wrote it
 * (the hub follows the shared transaction log). Drafts and private documents (comments) are not
 * on reader pages through this cache, so their transactions send nothing.
 */
export function revalidateNotifier(
  target: RevalidateTarget,
  position: number,
  send: typeof fetch = fetch,
): HubListener {
  return {
    position,
    async deliver(transaction: LakeTransaction, changes: DocumentChange[]) {
      const bodies = changes
        .filter((change) => !isDraftOrVersionId(change.id) && !isPrivateId(change.id))
        .slice(0, MAX_CALLS_PER_TRANSACTION)
        .map((change) => bodyOf(change))
      // Not awaited: a slow or stopped site must not hold back the listen streams behind it.
      for (const body of bodies) void post(target, body, send, transaction.id)
    },
  }
}

function bodyOf(change: DocumentChange): string {
  const document = change.after ?? change.before
  const slug = document?.slug
  const current =
    slug && typeof slug === 'object' && 'current' in slug && typeof slug.current === 'string'
      ? slug.current
      : null
  return JSON.stringify({ _type: document?._type ?? 'unknown', _id: change.id, slug: current })
}

async function post(
  target: RevalidateTarget,
  body: string,
  send: typeof fetch,
  transactionId: string,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await send(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          // Signed per attempt: the timestamp is part of the signature.
          [SIGNATURE_HEADER]: signWebhookBody(body, target.secret),
        },
        body,
        signal: AbortSignal.timeout(10_000),
      })
      if (response.ok) return
      // 4xx: a wrong secret or body; repeating the same request cannot succeed.
      if (response.status < 500) {
        console.error(
          `[lake-api] revalidation refusée par ${target.url} (${response.status}) pour ${transactionId} : vérifiez que le site et l’API partagent le même dossier de données ou SANITY_REVALIDATE_SECRET`,
        )
        return
      }
      throw new Error(`HTTP ${response.status}`)
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt]
      if (delay === undefined) {
        console.error(
          `[lake-api] revalidation impossible (${target.url}) pour ${transactionId} : ${(error as Error).message}`,
        )
        return
      }
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
}
