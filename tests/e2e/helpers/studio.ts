import { execFileSync } from 'node:child_process'
import path from 'node:path'

import { expect, type APIRequestContext, type Page } from '@playwright/test'

import { lakeApiPort } from '../../../playwright.config'
import { dataDir } from './moderation'

const lakeApi = `https://127.0.0.1:${lakeApiPort}`

/** A new one-time sign-in link, printed by the real `npm run studio:link`. */
export function signInLink(): string {
  const output = execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/studio-link.ts'], {
    env: { ...process.env, KIOSQUE_DATA_DIR: dataDir, LAKE_API_PORT: String(lakeApiPort) },
    encoding: 'utf8',
  })
  const link = /https:\/\/\S+\/v1\/auth\/local\?token=[\w-]+/.exec(output)?.[0]
  if (!link) throw new Error(`No sign-in link in: ${output}`)
  return link
}

/**
 * Signs the page's browser context in to the Studio as the local editor, as a person does: opens
 * the printed link, which leads to the Studio, which trades the code for its token.
 */
export async function signInToStudio(page: Page): Promise<void> {
  await page.goto(signInLink())
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('__studio_auth_token_kiosque-local')), {
      timeout: 240_000,
    })
    .toContain('"token"')
}

/** A local editor's session token for direct calls to the lake API (link, then code). */
export async function localEditorToken(request: APIRequestContext): Promise<string> {
  const redirect = await request.get(signInLink(), { maxRedirects: 0, ignoreHTTPSErrors: true })
  const code = /#sid=([\w-]+)$/.exec(redirect.headers()['location'] ?? '')?.[1]
  expect(code, `sign-in link answered ${redirect.status()}`).toBeTruthy()
  const exchange = await request.get(`${lakeApi}/v1/auth/fetch?sid=${code}`, {
    ignoreHTTPSErrors: true,
  })
  return ((await exchange.json()) as { token: string }).token
}
