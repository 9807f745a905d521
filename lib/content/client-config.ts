import 'server-only'

import type { ClientConfig } from '@sanity/client'

import type { AppEnv } from '@/lib/env'

type SanityEnv = Extract<AppEnv, { mode: 'sanity' }>

/**
 * Deadline of one Content Lake request, headers and body. `@sanity/client` waits five minutes
 * by default: a hung API would hold a render or a comment submission that long.
 */
export const CONTENT_LAKE_TIMEOUT_MS = 10_000

/**
 * Retries of a failed request (`@sanity/client` default: 5). The client retries only what is
 * safe — queries and GETs on 429/502/503 or a network error, never a mutation nor a timeout —
 * so one failing read costs at most three attempts and well under a second of back-off.
 */
export const CONTENT_LAKE_MAX_RETRIES = 2

/**
 * The `@sanity/client` configuration every server-side client of the site starts from: project,
 * dataset, API version, no CDN (cached pages are revalidated by tag), bounded time and retries,
 * and `SANITY_API_HOST` when the Content Lake is a compatible API of your own.
 */
export function contentLakeConfig(
  env: SanityEnv,
  options: Pick<ClientConfig, 'token' | 'perspective'> = {},
): ClientConfig {
  return {
    projectId: env.projectId,
    dataset: env.dataset,
    apiVersion: env.apiVersion,
    useCdn: false,
    ...options,
    timeout: CONTENT_LAKE_TIMEOUT_MS,
    maxRetries: CONTENT_LAKE_MAX_RETRIES,
    ...(env.apiHost ? { apiHost: env.apiHost, useProjectHostname: false } : {}),
  }
}
