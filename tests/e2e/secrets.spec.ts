import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { e2eDataDir } from '../../playwright.config'

/*
 * No secret reaches a browser: the build's client assets and prerendered pages (HTML, RSC
 * payloads), and the pages the running server streams, are scanned for the names of the
 * server-only variables and for the value of the server secret. The e2e build has no token set,
 * so values are checked for the one secret it does have: the signing secret generated into the
 * data directory (or KIOSQUE_SECRET when the run sets it).
 */
const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? e2eDataDir)
const NAMES = [
  'SANITY_API_WRITE_TOKEN',
  'SANITY_API_READ_TOKEN',
  'KIOSQUE_SECRET',
  'SANITY_REVALIDATE_SECRET',
  'SMTP_URL',
]
const PAGES = [
  '/',
  '/articles/3-questions-a-helene-varambon',
  '/recherche?q=pr%C3%A9sidente',
  '/moderation/connexion',
  '/donnees-personnelles',
  '/studio',
]

function* files(dir: string, keep: (file: string) => boolean): Generator<string> {
  if (!existsSync(dir)) return
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) yield* files(full, keep)
    else if (keep(full)) yield full
  }
}

/** Values that must never leave the server: the signing secret and any token set for the run. */
function secretValues(): string[] {
  const file = path.join(dataDir, 'secret')
  const values = [
    existsSync(file) ? readFileSync(file, 'utf8').trim() : '',
    ...NAMES.map((name) => process.env[name] ?? ''),
  ]
  return values.filter((value) => value.length >= 16)
}

function leaks(text: string, values: readonly string[]): string[] {
  return [
    ...NAMES.filter((name) => text.includes(name)),
    ...values.filter((value) => text.includes(value)).map(() => 'valeur secrète'),
  ]
}

test('no secret name or value in the client build, prerendered pages or streamed payloads', async ({
  request,
}) => {
  // The article's form signs a start token: the server secret exists once it has been served.
  for (const page of PAGES) expect((await request.get(page)).status()).toBeLessThan(500)
  const values = secretValues()
  expect(values.length).toBeGreaterThan(0)

  const found: string[] = []
  let scanned = 0
  let bytes = 0
  const build = [
    ...files(path.resolve('.next/static'), () => true),
    ...files(path.resolve('.next/server/app'), (file) => /\.(html|rsc|body)$/.test(file)),
  ]
  for (const file of build) {
    const text = readFileSync(file, 'utf8')
    scanned++
    bytes += text.length
    for (const leak of leaks(text, values)) found.push(`${path.relative('.next', file)} : ${leak}`)
  }
  let payloads = 0
  for (const page of PAGES) {
    for (const headers of [{}, { RSC: '1' }] as Record<string, string>[]) {
      const text = await (await request.get(page, { headers })).text()
      payloads++
      bytes += text.length
      for (const leak of leaks(text, values))
        found.push(`${page} ${JSON.stringify(headers)} : ${leak}`)
    }
  }
  console.log(
    `[sécurité/secrets] ${scanned} fichiers du build et ${payloads} réponses (HTML et RSC), ` +
      `${(bytes / 1e6).toFixed(1)} Mo lus, ${NAMES.length} noms et ${values.length} valeur(s) cherchés : ` +
      `${found.length} fuite(s)`,
  )
  expect(found).toEqual([])
})
