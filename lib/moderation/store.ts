import 'server-only'

import { createClient } from '@sanity/client'

import { contentLakeConfig } from '@/lib/content/client-config'
import { getEnv } from '@/lib/env'
import { getLake } from '@/lib/lake'

import { lakeBackend, sanityBackend, type CommentBackend } from './backend'

let backend: CommentBackend | undefined

/**
 * The comment backend of the configured content mode: the embedded lake, or the Content Lake
 * through `SANITY_API_WRITE_TOKEN` (comment ids contain a dot, so even reading needs a token).
 */
export function getModerationBackend(): CommentBackend {
  if (backend) return backend
  const env = getEnv()
  if (env.mode === 'embedded') return (backend = lakeBackend(getLake()))
  if (!env.writeToken) {
    throw new Error('SANITY_API_WRITE_TOKEN est requis pour modérer les commentaires.')
  }
  return (backend = sanityBackend(createClient(contentLakeConfig(env, { token: env.writeToken }))))
}
