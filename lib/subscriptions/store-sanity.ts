import 'server-only'

import { createClient, type SanityClient } from '@sanity/client'

import type { AppEnv } from '@/lib/env'
import { contentLakeConfig } from '@/lib/content/client-config'

import type { CommentStore } from './store'

type SanityEnv = Extract<AppEnv, { mode: 'sanity' }>

let client: SanityClient | undefined

function writeClient(env: SanityEnv): SanityClient {
  if (!env.writeToken) {
    // Comment e-mails are private fields and comment ids hold a dot: both need a token.
    throw new Error('SANITY_API_WRITE_TOKEN est requis pour lire et modifier les commentaires.')
  }
  client ??= createClient(contentLakeConfig(env, { token: env.writeToken, perspective: 'raw' }))
  return client
}

/** The hosted Content Lake as a comment store (server-side only: it carries the write token). */
export function sanityCommentStore(env: SanityEnv): CommentStore {
  return {
    async fetch(query, params) {
      return writeClient(env).fetch(query, params, { perspective: 'raw', cache: 'no-store' })
    },
    async mutate(mutations, author) {
      if (mutations.length === 0) return
      await writeClient(env).mutate(mutations, { tag: `kiosque.${author}`, visibility: 'sync' })
    },
  }
}
