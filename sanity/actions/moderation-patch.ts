/** A comment decision taken in the Studio. */
export type Decision = 'approved' | 'rejected' | 'spam'

/** The part of a patch builder a decision uses (the Studio's client and @sanity/client alike). */
interface PatchBuilder {
  ifRevisionId(rev: string): PatchBuilder
  set(attributes: Record<string, unknown>): PatchBuilder
  setIfMissing(attributes: Record<string, unknown>): PatchBuilder
  append(selector: string, items: unknown[]): PatchBuilder
  commit(): Promise<unknown>
}

/** A client able to patch documents. */
export interface ModerationClient {
  patch(id: string): PatchBuilder
}

function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('')
}

/**
 * Commits a decision on a comment: one patch of the published document (comments have no
 * drafts), refused if it changed since `comment._rev` was read, setting the status and appending
 * the trail entry with the editor's name, like the site's moderation.
 */
export function commitModeration(
  client: ModerationClient,
  comment: { _id: string; _rev: string },
  decision: Decision,
  by: string,
): Promise<unknown> {
  return client
    .patch(comment._id)
    .ifRevisionId(comment._rev)
    .set({ status: decision })
    .setIfMissing({ moderation: [] })
    .append('moderation', [
      {
        _key: randomKey(),
        _type: 'moderationEvent',
        action: decision,
        by,
        at: new Date().toISOString(),
      },
    ])
    .commit()
}
