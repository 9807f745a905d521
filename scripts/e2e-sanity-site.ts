/**
 * The site of `npm run test:e2e:sanity`: builds and starts the production server in Sanity mode,
 * with the lake API already listening on LAKE_API_PORT over KIOSQUE_DATA_DIR as its Content
 * Lake. Its token is the session of an editor account created here, as a hosted project's Editor
 * token would be; the API's self-signed certificate is trusted through NODE_EXTRA_CA_CERTS.
 * `--no-build` serves the existing `.next` (a Sanity-mode build), to rerun one spec quickly.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import { chooseSiteUrl } from '../lib/env/site-url'
import { createModerator } from '../lib/moderation/accounts'
import { createSession } from '../lib/moderation/sessions'
import { openPrivateDb } from '../lib/private/db'
import { serveCommand } from './serve-command'

const env = z
  .object({
    KIOSQUE_DATA_DIR: z.string().min(1),
    E2E_PORT: z.coerce.number().int().min(1).max(65_535),
    LAKE_API_PORT: z.coerce.number().int().min(1).max(65_535),
    LAKE_API_PROJECT_ID: z.string().default('kiosque-local'),
  })
  .parse(process.env)

const dataDir = path.resolve(env.KIOSQUE_DATA_DIR)
const certFile = path.join(dataDir, 'tls', 'lake-api.crt')
if (!existsSync(certFile)) {
  console.error(`Certificat de la lake API introuvable (${certFile}) : démarrez-la d’abord.`)
  process.exit(1)
}

const db = openPrivateDb(dataDir)
const account = await createModerator(db, {
  name: 'Site (e2e mode Sanity)',
  email: `site-${Date.now()}@e2e-sanity.example`,
  password: randomBytes(24).toString('base64url'),
  role: 'editor',
})
const token = createSession(db, account.id)

// The public URL as `npm start` chooses it for this address (lib/env/site-url.ts).
const choice = chooseSiteUrl(process.env, { port: String(env.E2E_PORT), hostname: '127.0.0.1' })
if (!choice.ok) {
  console.error(choice.error)
  process.exit(1)
}

const siteEnv = {
  ...process.env,
  NEXT_PUBLIC_SITE_URL: choice.siteUrl,
  NEXT_PUBLIC_SANITY_PROJECT_ID: env.LAKE_API_PROJECT_ID,
  NEXT_PUBLIC_SANITY_DATASET: 'production',
  SANITY_API_HOST: `https://127.0.0.1:${env.LAKE_API_PORT}`,
  SANITY_API_READ_TOKEN: token,
  SANITY_API_WRITE_TOKEN: token,
  NODE_EXTRA_CA_CERTS: certFile,
}
const next = path.resolve('node_modules/next/dist/bin/next')

// The build prerenders pages from the lake API, so it runs with the same environment.
if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, [next, 'build'], { env: siteEnv, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const server = spawn(process.execPath, serveCommand(env.E2E_PORT), {
  env: siteEnv,
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.kill(signal))
server.once('exit', (code) => process.exit(code ?? 0))
