import { studioCommentCountsQuery } from './queries'

/** What is used of a client: the Studio's (`@sanity/client` 7) and the site's (8) both fit. */
interface CountingClient {
  config(): { dataset?: string }
  request<R>(options: { url: string; tag?: string }): Promise<R>
  fetch<R>(
    query: string,
    params: Record<string, never>,
    options: { perspective: 'raw' },
  ): Promise<R>
}

/** An id of the comments' private path that no comment has: only the answer's reason matters. */
const PROBE_ID = 'comment.droit-de-lecture'

/**
 * The number of comments by status for the Studio's lists, or null when the caller may not read
 * comments. Comments live under a private path: a query from a user without that right counts
 * none of them, and « En attente (0) » would then be a false zero. The documents endpoint tells
 * the two cases apart, as the Content Lake does: an unreadable id is omitted for `permission`,
 * a missing one for `existence`.
 */
export async function readableCommentCounts(
  client: CountingClient,
): Promise<Record<string, number> | null> {
  const { dataset } = client.config()
  const probe = await client.request<{ omitted?: { id: string; reason: string }[] }>({
    url: `/data/doc/${dataset}/${PROBE_ID}`,
    tag: 'comment-counts',
  })
  const refused = (probe.omitted ?? []).some(
    (entry) => entry.id === PROBE_ID && entry.reason === 'permission',
  )
  if (refused) return null
  return client.fetch<Record<string, number>>(studioCommentCountsQuery, {}, { perspective: 'raw' })
}
