import {
  expect,
  type APIRequestContext,
  type BrowserContext,
  type Page,
  type Request,
} from '@playwright/test'
import { PNG } from 'pngjs'

import { signInToStudio } from '../e2e/helpers/studio'

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * Records every request the browser context makes (pages, frames, workers). Sanity 6.9 still
 * asks for its Inter web font on design-system-static.sanity.io whatever the configuration; the
 * Studio's Content-Security-Policy (lib/security/headers.ts) blocks it in the browser. So
 * `leaving()` lists every request to another host than this machine that the browser did not
 * refuse by CSP, i.e. every one that could have reached the network: it must stay empty.
 * No route interception: it would turn the browser cache off and make each Studio load cost
 * minutes on a busy machine.
 */
export function recordRequests(context: BrowserContext) {
  const all: string[] = []
  const offLoopback = new Map<Request, string>()
  context.on('request', (request) => {
    const url = request.url()
    all.push(`${request.method()} ${url}`)
    if (/^(https?|wss?):/.test(url) && !LOOPBACK.has(new URL(url).hostname)) {
      offLoopback.set(request, 'not refused')
    }
  })
  context.on('requestfailed', (request) => {
    if (offLoopback.has(request)) offLoopback.set(request, request.failure()?.errorText ?? '')
  })
  return {
    all,
    /** Every request to another host, with how it ended. */
    offLoopback: () => [...offLoopback].map(([request, end]) => `${request.url()} (${end})`),
    leaving: () =>
      [...offLoopback]
        .filter(([, end]) => !/^csp$|BLOCKED_BY_CSP/i.test(end))
        .map(([request, end]) => `${request.url()} (${end})`),
  }
}

const signedIn = new WeakSet<Page>()

/** Opens a Studio URL (signed in through a one-time link the first time) and waits for the text field `ready` of the form shown there. */
export async function openStudio(page: Page, path: string, ready: string) {
  if (!signedIn.has(page)) await signInToStudio(page)
  signedIn.add(page)
  await page.goto(path)
  await expect(page.getByRole('textbox', { name: ready, exact: true })).toBeVisible({
    timeout: 300_000,
  })
}

/**
 * What the document pane's footer says, for a failure message: the primary action (its
 * `data-testid` follows its label: `action-publier`, `action-validation…`), the fields
 * marked with a validation error, and the save status.
 */
export async function footerState(page: Page): Promise<string> {
  const action = page.locator(
    '[data-testid^="action-"][data-testid$="…"], [data-testid="action-publier"]',
  )
  const parts = await action.evaluateAll((nodes) =>
    nodes.map(
      (node) =>
        `${node.getAttribute('data-testid')} disabled=${String(
          (node as HTMLButtonElement).disabled || node.getAttribute('data-disabled'),
        )}`,
    ),
  )
  const errors = await page
    .locator('[aria-label="Contient une erreur"]')
    .evaluateAll((nodes) =>
      nodes.map((node) => node.closest('[data-testid^="field-"]')?.getAttribute('data-testid')),
    )
  const review = await page
    .getByRole('button', { name: /Revoir les modifications|Dernière (publication|mise à jour)/ })
    .allInnerTexts()
  return `${parts.join(', ')} | errors: ${errors.join(', ')} | ${review.join(' / ')}`
}

/**
 * Clicks « Publier » once, when it is enabled, and waits for `published()` to hold in the lake.
 * One click must do: a refusal (« Erreurs de validation » on a draft that is valid) fails the
 * scenario with what the footer and the toasts said.
 */
export async function publish(page: Page, published: () => Promise<boolean>) {
  const button = page.getByTestId('action-publier')
  try {
    await expect(button).toBeEnabled({ timeout: 120_000 })
  } catch (error) {
    throw new Error(`« Publier » stayed disabled: ${await footerState(page)}`, { cause: error })
  }
  await button.click()
  try {
    await expect.poll(published, { timeout: 60_000 }).toBe(true)
  } catch (error) {
    const toasts = await page.locator('[data-ui="Toast"]').allInnerTexts()
    throw new Error(
      `One click on « Publier » published nothing: ${JSON.stringify(toasts)} ${await footerState(page)}`,
      { cause: error },
    )
  }
}

/** Polls a reader page with plain requests until it contains `text`, within 10 s. */
export async function pageShows(request: APIRequestContext, path: string, text: string) {
  await expect
    .poll(async () => (await (await request.get(path)).text()).includes(text), {
      timeout: 10_000,
      intervals: [250, 500],
    })
    .toBe(true)
}

/** A small PNG unique to `seed` (its sha1 is the asset's identity). */
export function portraitPng(seed: number): Buffer {
  const image = new PNG({ width: 16, height: 16 })
  for (let i = 0; i < image.data.length; i += 4) {
    image.data[i] = seed % 256
    image.data[i + 1] = Math.floor(seed / 256) % 256
    image.data[i + 2] = (i / 4) % 256
    image.data[i + 3] = 255
  }
  return PNG.sync.write(image)
}
