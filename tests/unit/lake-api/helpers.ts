import { getCACertificates, setDefaultCACertificates } from 'node:tls'

import { createClient, type SanityClient } from '@sanity/client'
import { afterEach } from 'vitest'

import { startLakeApi, type LakeApi, type LakeApiOptions } from '@/lib/lake-api/server'
import { createSignInLink } from '@/lib/lake-api/signin'
import { createModerator } from '@/lib/moderation/accounts'
import { createSession } from '@/lib/moderation/sessions'
import { openPrivateDb } from '@/lib/private/db'

import { tempDir } from '../lake/helpers'

const running: LakeApi[] = []
const trusted = new Set<string>()
const localTokens = new WeakMap<LakeApi, string>()

afterEach(async () => {
  for (const api of running.splice(0)) await api.close()
})

/** Trusts a generated certificate in this process only, as a browser would after a click. */
function trust(cert: string): void {
  if (trusted.has(cert)) return
  trusted.add(cert)
  setDefaultCACertificates([...getCACertificates('default'), ...trusted])
}

/**
 * The API on a free loopback port over a fresh data directory, closed after the test, with a
 * local editor signed in through a sign-in link (the default credential of `clientFor` and
 * `request`).
 */
export async function startApi(options: Partial<LakeApiOptions> = {}): Promise<LakeApi> {
  const api = await startLakeApi({ dataDir: tempDir(), port: 0, ...options })
  running.push(api)
  trust(api.cert)
  localTokens.set(api, await signInWithLink(api))
  return api
}

/**
 * Signs in as the local editor the way a browser does: opens a one-time sign-in link, reads the
 * code of the redirect to the Studio (`#sid=`), trades it at `/auth/fetch` for a token.
 */
export async function signInWithLink(api: LakeApi): Promise<string> {
  const link = createSignInLink(openPrivateDb(api.dataDir), `https://127.0.0.1:${api.port}`)
  const redirect = await fetch(link, { redirect: 'manual' })
  const code = /#sid=([\w-]+)$/.exec(redirect.headers.get('location') ?? '')?.[1]
  if (redirect.status !== 303 || !code) throw new Error(`Sign-in link refused (${redirect.status})`)
  const exchange = await fetch(`https://127.0.0.1:${api.port}/v1/auth/fetch?sid=${code}`)
  const { token } = (await exchange.json()) as { token?: string }
  if (!token) throw new Error(`Sign-in code refused (${exchange.status})`)
  return token
}

/** The local editor's session token of an API started by `startApi`. */
export function localToken(api: LakeApi): string {
  const token = localTokens.get(api)
  if (!token) throw new Error('API not started by startApi')
  return token
}

/**
 * `@sanity/client` configured for the local API, as the Studio and the site will be: with the
 * local editor's token by default, `token` for another session, `null` for an anonymous caller.
 */
export function clientFor(api: LakeApi, options: { token?: string | null } = {}): SanityClient {
  const token = options.token === undefined ? localToken(api) : (options.token ?? undefined)
  return createClient({
    apiHost: api.url,
    useProjectHostname: false,
    useCdn: false,
    projectId: 'kiosque-local',
    dataset: 'production',
    apiVersion: '2025-02-19',
    token,
    maxRetries: 0,
  })
}

/**
 * A raw HTTPS request (HTTP/1.1, Node's fetch) to the API, as the local editor unless it sets
 * its own `authorization` or `anonymous` is true.
 */
export function request(
  api: LakeApi,
  path: string,
  init: RequestInit & { anonymous?: boolean } = {},
): Promise<Response> {
  const { anonymous, ...rest } = init
  const headers = new Headers(rest.headers)
  if (!anonymous && !headers.has('authorization')) {
    headers.set('authorization', `Bearer ${localToken(api)}`)
  }
  return fetch(`${api.url}${path}`, { ...rest, headers })
}

/** A session token of a new account with `role` in `dataDir`'s private database. */
export async function accountToken(dataDir: string, role: 'editor' | 'moderator'): Promise<string> {
  const db = openPrivateDb(dataDir)
  const account = await createModerator(db, {
    name: `Compte ${role}`,
    email: `${role}@kiosque.example`,
    password: 'un mot de passe assez long',
    role,
  })
  return createSession(db, account.id)
}
