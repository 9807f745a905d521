import 'server-only'

import { createClient, type QueryParams, type SanityClient } from '@sanity/client'

import type { AppEnv } from '@/lib/env'

import type { Perspective } from './source'

type SanityEnv = Extract<AppEnv, { mode: 'sanity' }>

let client: SanityClient | undefined

function getClient(env: SanityEnv): SanityClient {
  client ??= createClient({
    projectId: env.projectId,
    dataset: env.dataset,
    apiVersion: env.apiVersion,
    // Cached pages are revalidated by tag, so the fresh API is only hit on a revalidation.
    useCdn: false,
    token: env.readToken,
    perspective: 'published',
    timeout: 10_000,
    maxRetries: 2,
  })
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
