import 'server-only'

import type { ClientReturn, QueryParams } from '@sanity/client'
import { cacheLife, cacheTag } from 'next/cache'
import { draftMode } from 'next/headers'

import { runQuery } from './source'

/** Cache tag carried by every cached content read; a publish revalidates it. */
export const CONTENT_TAG = 'content'

async function cachedQuery(query: string, params: QueryParams): Promise<unknown> {
  'use cache'
  cacheLife('max')
  cacheTag(CONTENT_TAG)
  return runQuery(query, params, 'published')
}

/**
 * Published content for readers, drafts for an editor in draft mode (enabled only by the
 * secret-checked `/api/draft-mode/enable`). Draft reads bypass the cache entirely: the
 * `__prerender_bypass` cookie already makes Next render such requests dynamically, and a draft
 * must never be written where a reader could be served from.
 */
async function readContent(query: string, params: QueryParams, stega: boolean): Promise<unknown> {
  // Outside a request (prerender at build) draft mode is off: this never makes a page dynamic.
  if ((await draftMode()).isEnabled) return runQuery(query, params, 'drafts', { stega })
  return cachedQuery(query, params)
}

/**
 * Content for page bodies, layouts and route handlers: published documents, cached until a
 * publish revalidates the `content` tag; in draft mode, drafts with their strings stega-encoded
 * where the source can say where they come from (the hosted Content Lake). Typed by the query
 * string through TypeGen.
 */
export async function fetchContent<const Q extends string>(
  query: Q,
  params: QueryParams = {},
): Promise<ClientReturn<Q, unknown>> {
  // The result type is the one TypeGen generated for this exact query string.
  return (await readContent(query, params, true)) as ClientReturn<Q, unknown>
}

/**
 * Content for `generateMetadata`, Open Graph images, feeds and the sitemap: same cache as
 * `fetchContent`, never stega-encoded (titles, URLs and feeds must stay clean text).
 */
export async function fetchMetadataContent<const Q extends string>(
  query: Q,
  params: QueryParams = {},
): Promise<ClientReturn<Q, unknown>> {
  return (await readContent(query, params, false)) as ClientReturn<Q, unknown>
}

/**
 * Content for `generateStaticParams`: always the published perspective, evaluated at build.
 */
export async function fetchStaticParams<const Q extends string>(
  query: Q,
  params: QueryParams = {},
): Promise<ClientReturn<Q, unknown>> {
  return (await cachedQuery(query, params)) as ClientReturn<Q, unknown>
}
