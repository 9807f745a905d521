import 'server-only'

import type { ClientReturn, QueryParams } from '@sanity/client'
import { cacheLife, cacheTag } from 'next/cache'

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
 * Content for page bodies, layouts and route handlers: published documents, cached until a
 * publish revalidates the `content` tag. Typed by the query string through TypeGen.
 */
export async function fetchContent<const Q extends string>(
  query: Q,
  params: QueryParams = {},
): Promise<ClientReturn<Q, unknown>> {
  // The result type is the one TypeGen generated for this exact query string.
  return (await cachedQuery(query, params)) as ClientReturn<Q, unknown>
}

/**
 * Content for `generateMetadata`, Open Graph images, feeds and the sitemap: same cache as
 * `fetchContent`, kept separate so metadata never carries preview-only encodings.
 */
export const fetchMetadataContent = fetchContent

/**
 * Content for `generateStaticParams`: always the published perspective, evaluated at build.
 */
export const fetchStaticParams = fetchContent
