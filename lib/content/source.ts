import 'server-only'

import type { QueryParams } from '@sanity/client'

import { getEnv } from '@/lib/env'

/** Which version of the content a query reads. */
export type Perspective = 'published' | 'drafts'

/** Options of a draft-mode read. */
export interface ReadOptions {
  /**
   * Stega-encode the result's strings for the Presentation tool's overlays. Only the hosted
   * Content Lake answers with the content source map this needs; the embedded lake ignores it
   * (its pages carry `data-sanity` attributes instead, see `lib/preview/edit.ts`).
   */
  stega?: boolean
}

/**
 * Runs a GROQ query on the configured source: the embedded lake by default, the hosted Content
 * Lake when a Sanity project is configured. Both receive the very same query string.
 */
export async function runQuery(
  query: string,
  params: QueryParams,
  perspective: Perspective,
  options: ReadOptions = {},
): Promise<unknown> {
  const env = getEnv()
  if (env.mode === 'sanity') {
    const { queryContentLake } = await import('./sanity')
    return queryContentLake(env, query, params, perspective, options)
  }
  const { queryEmbeddedLake } = await import('./embedded')
  return queryEmbeddedLake(query, params, perspective)
}
