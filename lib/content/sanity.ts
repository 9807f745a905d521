import 'server-only'

import { createClient, type QueryParams, type SanityClient } from '@sanity/client'

import type { AppEnv } from '@/lib/env'

import { contentLakeConfig } from './client-config'

import type { Perspective } from './source'

type SanityEnv = Extract<AppEnv, { mode: 'sanity' }>

let client: SanityClient | undefined

function getClient(env: SanityEnv): SanityClient {
  // Cached pages are revalidated by tag, so the fresh API is only hit on a revalidation.
  client ??= createClient(
    contentLakeConfig(env, { token: env.readToken, perspective: 'published' }),
  )
  return client
}

/** GROQ over the hosted Content Lake; drafts need the server-side read token. */
export async function queryContentLake(
  env: SanityEnv,
  query: string,
  params: QueryParams,
  perspective: Perspective,
): Promise<unknown> {
  if (perspective === 'drafts' && !env.readToken) {
    throw new Error('SANITY_API_READ_TOKEN est requis pour lire les brouillons.')
  }
  return getClient(env).fetch(query, params, { perspective, cache: 'no-store' })
}
