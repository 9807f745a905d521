import { expect, test, type BrowserContext, type Page } from '@playwright/test'

import { storeLake } from './helpers/moderation'
import { signInLink, signInToStudio } from './helpers/studio'

// The Studio talks to the lake API over TLS with its self-signed certificate; an editor accepts
// it once (README), the test browser does so for the whole context.
test.use({ ignoreHTTPSErrors: true })
test.describe.configure({ mode: 'serial' })
// The Studio is a large application: first paint and the first listen streams take a while on
// two shared cores.
test.setTimeout(240_000)

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * Records every request of the context, and every one that actually went to the network towards
 * another host than this machine (`leaving()`; aborted, we are offline anyway). What the page's
 * Content-Security-Policy refused never reaches the network layer, so it is not counted.
 */
async function recordRequests(context: BrowserContext) {
  const urls: string[] = []
  const leaked: string[] = []
  context.on('request', (request) => void urls.push(request.url()))
  await context.route(
    (url) => url.protocol.startsWith('http') && !LOOPBACK.has(url.hostname),
    (route) => {
      leaked.push(route.request().url())
      return route.abort()
    },
  )
  return { urls, leaving: () => [...leaked] }
}

async function openStudio(page: Page, path: string) {
  await signInToStudio(page)
  await page.goto(path)
  await expect(page.getByRole('link', { name: 'Personnalités' }).first()).toBeVisible({
    timeout: 120_000,
  })
}

const stamp = Date.now().toString(36)

// Sanity 6.9 still requests its web font, a version check and feedback reports on its own,
// whatever the configuration; the Studio's Content-Security-Policy in embedded mode
// (lib/security/headers.ts) blocks them in the browser, so every test below demands that no
// request at all leaves loopback.

test('the Studio loads offline and lists the documents of the embedded lake', async ({
  page,
  context,
}) => {
  const requests = await recordRequests(context)
  await openStudio(page, '/studio/structure/person')
  await expect(page.getByText('Hélène Varambon').first()).toBeVisible({ timeout: 90_000 })
  expect(requests.urls.some((url) => url.includes('/data/listen/'))).toBe(true)
  expect(requests.urls.some((url) => url.includes('/data/query/'))).toBe(true)
  expect(requests.leaving()).toEqual([])
})

test('a person created and published in the Studio reaches the reader page', async ({
  page,
  context,
  request,
}) => {
  const requests = await recordRequests(context)
  const name = `Apolline Studio ${stamp}`
  await openStudio(page, '/studio/intent/create/template=person;type=person/')
  await page.getByLabel('Nom complet').fill(name)
  await page.getByLabel('Prénom', { exact: true }).fill('Apolline')
  await page.getByLabel('Nom de famille', { exact: true }).fill(`Studio ${stamp}`)
  await page.getByRole('button', { name: 'Générer' }).first().click()
  // Publish once every edit has reached the lake: a click while the form still syncs is lost.
  const slugQuery = '*[_type == "person" && name == $name][0].slug.current'
  await expect
    .poll(() => storeLake().query<string | null>(slugQuery, { name }, { perspective: 'raw' }), {
      timeout: 60_000,
    })
    .toEqual(expect.stringContaining('apolline-studio'))
  // One click publishes: the Studio validated the draft it shows, not an older one.
  const publish = page.getByRole('button', { name: 'Publier', exact: true })
  await expect(publish).toBeEnabled({ timeout: 60_000 })
  await publish.click()
  await expect
    .poll(() => storeLake().query<string | null>(slugQuery, { name }), { timeout: 30_000 })
    .toEqual(expect.stringContaining('apolline-studio'))
  const slug = await storeLake().query<string>(slugQuery, { name })
  await expect
    .poll(async () => (await (await request.get(`/personnalites/${slug}`)).text()).includes(name), {
      timeout: 10_000,
      intervals: [250, 500],
    })
    .toBe(true)
  expect(requests.leaving()).toEqual([])
})

test('the Studio speaks French: document actions, menus, type titles', async ({ page }) => {
  await openStudio(page, '/studio/intent/create/template=person;type=person/')
  await expect(page.getByTestId('action-publier')).toHaveText('Publier', { timeout: 90_000 })
  await expect(page.getByText(/^Nouveau document\s:\sPersonnalité$/).first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Générer' }).first()).toBeVisible()
  const text = await page.locator('body').innerText()
  expect(text).not.toMatch(/\b(Publish|Saved|Generate|Create|New document|New Personnalité)\b/)

  // Comment lists: an exact count or none, never a « (0) » for comments the user cannot read.
  await page.goto('/studio/structure/comments')
  const pending = page.getByRole('link', { name: /^En attente/ }).first()
  await expect(pending).toBeVisible({ timeout: 90_000 })
  await expect(pending).not.toHaveText(/\(0\)/)
})

test('no request at all leaves loopback', async ({ page, context }) => {
  const requests = await recordRequests(context)
  await openStudio(page, '/studio/structure/person')
  await expect(page.getByText('Hélène Varambon').first()).toBeVisible({ timeout: 90_000 })
  expect(requests.leaving()).toEqual([])
})

test('without a session the Studio leads to its sign-in form; a sign-in link works once', async ({
  page,
}) => {
  const link = signInLink()
  await page.goto('/studio')
  await expect(page.getByRole('heading', { name: 'Connexion au Studio' })).toBeVisible({
    timeout: 120_000,
  })
  expect(new URL(page.url()).pathname).toBe('/v1/auth/login')
  await page.goto(link)
  await expect(page.getByRole('link', { name: 'Personnalités' }).first()).toBeVisible({
    timeout: 120_000,
  })
  await page.goto(link)
  await expect(page.getByRole('heading', { name: 'Lien de connexion invalide' })).toBeVisible()
  // The session outlives the used link.
  await page.goto('/studio/structure/person')
  await expect(page.getByText('Hélène Varambon').first()).toBeVisible({ timeout: 90_000 })
})
