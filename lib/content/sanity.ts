import 'server-only'

import { createClient, type QueryParams, type SanityClient } from '@sanity/client'

import type { AppEnv } from '@/lib/env'

import { contentLakeConfig } from './client-config'

import type { Perspective, ReadOptions } from './source'

type SanityEnv = Extract<AppEnv, { mode: 'sanity' }>

let client: SanityClient | undefined

function getClient(env: SanityEnv): SanityClient {
  // Cached pages are revalidated by tag, so the fresh API is only hit on a revalidation.
  client ??= createClient(
    contentLakeConfig(env, { token: env.readToken, perspective: 'published' }),
  )
  return client
}

/**
 * Free-text fields whose strings are stega-encoded in draft mode. Only these: an encoded enum
 * (`kind`), slug, date or key would no longer compare equal to what the code expects.
 */
const STEGA_KEYS = new Set([
  'headline',
  'standfirst',
  'title',
  'name',
  'text',
  'question',
  'caption',
  'description',
  'tagline',
  'summary',
])

/** GROQ over the hosted Content Lake; drafts need the server-side read token. */
export async function queryContentLake(
  env: SanityEnv,
  query: string,
  params: QueryParams,
  perspective: Perspective,
  { stega = false }: ReadOptions = {},
): Promise<unknown> {
  if (perspective === 'drafts' && !env.readToken) {
    throw new Error('SANITY_API_READ_TOKEN est requis pour lire les brouillons.')
  }
  return getClient(env).fetch(query, params, {
    perspective,
    cache: 'no-store',
    // The Content Lake then answers with a content source map, and the client hides in each
    // selected string where it comes from: the Presentation tool's overlays read it.
    stega: stega && {
      enabled: true,
      studioUrl: '/studio',
      filter: (props) => {
        const key = props.sourcePath.at(-1)
        return typeof key === 'string' && STEGA_KEYS.has(key) && props.filterDefault(props)
      },
    },
  })
}
