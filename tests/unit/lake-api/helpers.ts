import { getCACertificates, setDefaultCACertificates } from 'node:tls'

import { createClient, type SanityClient } from '@sanity/client'
import { afterEach } from 'vitest'

import { startLakeApi, type LakeApi, type LakeApiOptions } from '@/lib/lake-api/server'
import { createModerator } from '@/lib/moderation/accounts'
import { createSession } from '@/lib/moderation/sessions'
import { openPrivateDb } from '@/lib/private/db'

import { tempDir } from '../lake/helpers'

const running: LakeApi[] = []
const trusted = new Set<string>()

afterEach(async () => {
  for (const api of running.splice(0)) await api.close()
})

/** Trusts a generated certificate in this process only, as a browser would after a click. */
function trust(cert: string): void {
  if (trusted.has(cert)) return
  trusted.add(cert)
  setDefaultCACertificates([...getCACertificates('default'), ...trusted])
}

/** The API on a free loopback port over a fresh data directory; closed after the test. */
export async function startApi(options: Partial<LakeApiOptions> = {}): Promise<LakeApi> {
  const api = await startLakeApi({ dataDir: tempDir(), port: 0, ...options })
  running.push(api)
  trust(api.cert)
  return api
}

/** `@sanity/client` configured for the local API, as the Studio and the site will be. */
export function clientFor(api: LakeApi, options: { token?: string } = {}): SanityClient {
  return createClient({
    apiHost: api.url,
    useProjectHostname: false,
    useCdn: false,
    projectId: 'kiosque-local',
    dataset: 'production',
    apiVersion: '2025-02-19',
    token: options.token,
    maxRetries: 0,
  })
}

/** A raw HTTPS request (HTTP/1.1, Node's fetch) to the API. */
export function request(api: LakeApi, path: string, init?: RequestInit): Promise<Response> {
  return fetch(`${api.url}${path}`, init)
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
