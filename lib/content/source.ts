import 'server-only'

import type { QueryParams } from '@sanity/client'

import { getEnv } from '@/lib/env'

/** Which version of the content a query reads. */
export type Perspective = 'published' | 'drafts'

/**
 * Runs a GROQ query on the configured source: the embedded lake by default, the hosted Content
 * Lake when a Sanity project is configured. Both receive the very same query string.
 */
export async function runQuery(
  query: string,
  params: QueryParams,
  perspective: Perspective,
): Promise<unknown> {
  const env = getEnv()
  if (env.mode === 'sanity') {
    const { queryContentLake } = await import('./sanity')
    return queryContentLake(env, query, params, perspective)
  }
  const { queryEmbeddedLake } = await import('./embedded')
  return queryEmbeddedLake(query, params, perspective)
}
