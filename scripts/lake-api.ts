/**
 * `npm run lake:api`: serves the embedded lake (KIOSQUE_DATA_DIR, default .data) over a
 * Content-Lake-compatible HTTPS API for the Studio, beside the site. Listens on
 * LAKE_API_HOST:LAKE_API_PORT (default 127.0.0.1:3333); beyond loopback it needs editor
 * accounts (`npm run moderator:add -- --role editor`). Every write needs a session: while no
 * editor account exists, it prints a one-time sign-in link for the Studio (local editor).
 */
import path from 'node:path'

import { z } from 'zod'

import { defaultDataDir } from '../lib/lake'
import { countEditorAccounts } from '../lib/lake-api/auth'
import { startLakeApi } from '../lib/lake-api/server'
import { createSignInLink, SIGNIN_LINK_TTL_MS } from '../lib/lake-api/signin'
import { openPrivateDb } from '../lib/private/db'
import { revalidateSecretFrom } from '../lib/revalidate/signature'
import { readOrCreateSecretFile } from '../lib/security/secret-file'

const env = z
  .object({
    LAKE_API_HOST: z.string().trim().min(1).default('127.0.0.1'),
    LAKE_API_PORT: z.coerce.number().int().min(0).max(65_535).default(3333),
    NEXT_PUBLIC_SITE_URL: z.url().default('http://localhost:3000'),
    // Where the Studio runs, when not at <NEXT_PUBLIC_SITE_URL>/studio (`npm start -- --port`).
    STUDIO_URL: z.url().optional(),
    // The API as browsers reach it, for the printed sign-in link.
    LAKE_API_URL: z.url().optional(),
    NEXT_PUBLIC_SANITY_DATASET: z
      .string()
      .regex(/^[a-z0-9_-]{1,64}$/)
      .default('production'),
    // The site's revalidation endpoint, told about every publish (default: on NEXT_PUBLIC_SITE_URL).
    KIOSQUE_REVALIDATE_URL: z.url().optional(),
    SANITY_REVALIDATE_SECRET: z.string().trim().optional(),
    KIOSQUE_SECRET: z.string().trim().optional(),
    LAKE_API_PROJECT_ID: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/)
      .default('kiosque-local'),
  })
  .safeParse(process.env)

if (!env.success) {
  for (const issue of env.error.issues) console.error(`${String(issue.path[0])} : ${issue.message}`)
  process.exit(1)
}

const dataDir = defaultDataDir()
// The same key the site checks with: SANITY_REVALIDATE_SECRET, else one derived from the server
// secret (KIOSQUE_SECRET or <data dir>/secret, which both processes share).
const revalidate = {
  url:
    env.data.KIOSQUE_REVALIDATE_URL ??
    new URL('/api/revalidate', env.data.NEXT_PUBLIC_SITE_URL).toString(),
  secret: revalidateSecretFrom({
    revalidateSecret: env.data.SANITY_REVALIDATE_SECRET || undefined,
    serverSecret: () => env.data.KIOSQUE_SECRET || readOrCreateSecretFile(dataDir),
  }),
}

try {
  const api = await startLakeApi({
    dataDir,
    revalidate,
    host: env.data.LAKE_API_HOST,
    port: env.data.LAKE_API_PORT,
    siteUrl: env.data.NEXT_PUBLIC_SITE_URL,
    studioUrl: env.data.STUDIO_URL,
    dataset: env.data.NEXT_PUBLIC_SANITY_DATASET,
    projectId: env.data.LAKE_API_PROJECT_ID,
    seedFile: path.join(process.cwd(), 'content', 'demo', 'data.ndjson'),
  })
  console.log(`Lake API prête sur ${api.url} (certificat : ${api.certFile})`)
  console.log(`Chaque publication revalide le site par ${revalidate.url}`)
  // The Studio's first queries should not wait for the query threads to start.
  void api.warmQueries()
  const privateDb = openPrivateDb(dataDir)
  if (countEditorAccounts(privateDb) === 0) {
    const link = createSignInLink(privateDb, env.data.LAKE_API_URL?.replace(/\/+$/, '') ?? api.url)
    const minutes = SIGNIN_LINK_TTL_MS / 60_000
    console.log(
      `\nConnexion au Studio (éditeur local) : ouvrez ce lien à usage unique, valable ${minutes} minutes :\n` +
        `  ${link}\n` +
        'Acceptez le certificat si le navigateur le demande ; le lien ouvre ensuite le Studio connecté.\n' +
        'Nouveau lien : npm run studio:link. Comptes éditeurs : npm run moderator:add -- --role editor\n',
    )
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void api.close().then(() => process.exit(0)))
  }
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
