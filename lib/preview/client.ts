import 'server-only'

import { createClient, type RequestHandlerOptions } from '@sanity/client'
import type { SanityClient as NextSanityClient } from 'next-sanity'
import { z } from 'zod'

import { contentLakeConfig } from '@/lib/content/client-config'
import { getEnv, type AppEnv } from '@/lib/env'
import { getLake, type Perspective } from '@/lib/lake'
import { apiVersion, dataset, lakeApiProjectId } from '@/sanity/env'

/*
 * The client that checks a Presentation preview secret (`@sanity/preview-url-secret`, through
 * next-sanity's `defineEnableDraftMode`). The Studio writes a `sanity.previewUrlSecret` draft
 * into the dataset, then opens the site's enable route with that secret; the route queries the
 * same dataset for a matching secret younger than one hour. In Sanity mode that is the hosted
 * Content Lake with the server-side read token; in embedded mode the very same query runs on the
 * embedded lake — the one the Studio wrote to through the lake API — in this process.
 */

/**
 * `@sanity/preview-url-secret` refuses a client without a token. The embedded lake needs none:
 * this placeholder never leaves the process, since `embeddedLakeHandler` answers every request.
 */
const EMBEDDED_TOKEN = 'embedded-lake'

const postBody = z.object({
  query: z.string(),
  params: z.record(z.string(), z.unknown()).optional(),
})

function perspectiveOf(value: unknown): Perspective {
  const names = String(value ?? 'published').split(',')
  if (names.includes('raw')) return 'raw'
  return names.includes('drafts') || names.includes('previewDrafts') ? 'drafts' : 'published'
}

/**
 * A `@sanity/client` request handler answering `/data/query/:dataset` from the embedded lake, as
 * the lake API would: `$name` search params (or a POST body) as GROQ parameters, the
 * `perspective` option. Anything else is refused: this client only reads.
 */
export async function embeddedLakeHandler(request: RequestHandlerOptions): Promise<unknown> {
  const url = new URL(request.url ?? '', 'http://embedded.invalid')
  if (!url.pathname.includes(`/data/query/${dataset}`)) {
    throw new Error(`Client d’aperçu intégré : requête non prise en charge (${url.pathname}).`)
  }
  const options = (request.query ?? {}) as Record<string, unknown>
  let query = url.searchParams.get('query') ?? ''
  const params: Record<string, unknown> = {}
  for (const [key, value] of url.searchParams) {
    if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
  }
  if (request.body !== undefined) {
    const body = postBody.parse(
      typeof request.body === 'string' ? JSON.parse(request.body) : request.body,
    )
    query = body.query
    Object.assign(params, body.params)
  }
  const result = await getLake().query(query, params, {
    perspective: perspectiveOf(options.perspective ?? url.searchParams.get('perspective')),
  })
  return { result }
}

/**
 * The server-side client that validates preview secrets, or null when it cannot exist (Sanity
 * mode without `SANITY_API_READ_TOKEN`: the secret documents are drafts, unreadable without it).
 */
export function previewSecretClient(env: AppEnv = getEnv()): NextSanityClient | null {
  const client = secretClient(env)
  // next-sanity 13 types `defineEnableDraftMode` with its own @sanity/client 7; the app's
  // version 8 has the same runtime API for what @sanity/preview-url-secret calls (`config`,
  // `withConfig`, `fetch`), and only version 8 has the public `requestHandler` option.
  return client as unknown as NextSanityClient | null
}

function secretClient(env: AppEnv) {
  if (env.mode === 'sanity') {
    if (!env.readToken) return null
    return createClient(contentLakeConfig(env, { token: env.readToken }))
  }
  return createClient({
    projectId: lakeApiProjectId,
    dataset,
    apiVersion,
    useCdn: false,
    token: EMBEDDED_TOKEN,
    requestHandler: embeddedLakeHandler,
  })
}
