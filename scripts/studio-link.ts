/**
 * `npm run studio:link`: prints a new one-time sign-in link for the Studio on the embedded lake
 * (KIOSQUE_DATA_DIR, default .data). Opening it signs the browser in as the local editor and
 * opens the Studio; it works once, within the hour. Whoever can run this can read the data
 * directory anyway: the link grants nothing more.
 */
import { z } from 'zod'

import { defaultDataDir } from '../lib/lake'
import { createSignInLink, SIGNIN_LINK_TTL_MS } from '../lib/lake-api/signin'
import { closePrivateDbs, openPrivateDb } from '../lib/private/db'

const env = z
  .object({
    LAKE_API_PORT: z.coerce.number().int().min(1).max(65_535).default(3333),
    LAKE_API_URL: z.url().optional(),
  })
  .safeParse(process.env)

if (!env.success) {
  for (const issue of env.error.issues) console.error(`${String(issue.path[0])} : ${issue.message}`)
  process.exit(1)
}

const apiUrl = (env.data.LAKE_API_URL ?? `https://127.0.0.1:${env.data.LAKE_API_PORT}`).replace(
  /\/+$/,
  '',
)
const link = createSignInLink(openPrivateDb(defaultDataDir()), apiUrl)
closePrivateDbs()
console.log(
  `Lien de connexion au Studio (éditeur local), à usage unique, valable ${SIGNIN_LINK_TTL_MS / 60_000} minutes :\n  ${link}`,
)
