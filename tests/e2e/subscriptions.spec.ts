import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { expect, test, type Page } from '@playwright/test'

import { readOutbox } from '../../lib/mail/outbox'
import { signToken } from '../../lib/security/tokens'
import { e2eDataDir } from '../../playwright.config'
import { demoById, demoOfType, refOf, slugOf } from './demo-data'

/*
 * Data rights and subscription links against the running server. Mails are read from its
 * outbox; tokens are signed with its secret file. KIOSQUE_E2E_DATA_DIR points the spec at
 * another server's data directory (a dev server run by hand); the default is the e2e one.
 */
const dataDir = path.resolve(process.env.KIOSQUE_E2E_DATA_DIR ?? e2eDataDir)
const ERASED = 'annick.delorme@example.org'
const ERASED_COMMENTS = demoOfType('comment').filter((doc) => doc.authorEmail === ERASED)
const ERASED_IDS = new Set(ERASED_COMMENTS.map((doc) => doc._id))
const ARTICLE_ID = refOf(ERASED_COMMENTS[0]?.article) ?? ''
const KEPT_REPLIES = demoOfType('comment').filter(
  (doc) => ERASED_IDS.has(refOf(doc.parent) ?? '') && !ERASED_IDS.has(doc._id),
)

function serverSecret(): string {
  const file = path.join(dataDir, 'secret')
  if (!existsSync(file)) throw new Error(`secret du serveur introuvable : ${file}`)
  return readFileSync(file, 'utf8').trim()
}

/** A path-only link (the mail's absolute URLs use NEXT_PUBLIC_SITE_URL, not the test server). */
function relative(url: string): string {
  const parsed = new URL(url)
  return `${parsed.pathname}${parsed.search}`
}

/** Comments and forms need the document, not every image: keeps slow machines in time. */
const LOADED = { waitUntil: 'domcontentloaded' } as const

function commentLocator(page: Page, id: string) {
  return page.locator(`[data-comment-id="${id}"]`)
}

// The article's prerendered page must not list the erased comments on the very next request
// (HTML and streamed data alike): the erasure expires its thread's cache tag.
test('une demande de suppression envoie un lien qui efface les commentaires de l’adresse', async ({
  page,
}) => {
  test.slow()
  const article = demoById(ARTICLE_ID)
  expect(article, 'l’article commenté existe dans le jeu de démonstration').toBeDefined()
  if (!article) return
  const articlePath = `/articles/${slugOf(article)}`
  expect(ERASED_COMMENTS.filter((doc) => doc.status === 'approved').length).toBeGreaterThan(1)
  expect(KEPT_REPLIES.length).toBeGreaterThan(0)

  await page.goto(articlePath, LOADED)
  for (const doc of ERASED_COMMENTS.filter((c) => c.status === 'approved')) {
    await expect(commentLocator(page, doc._id)).toHaveCount(1)
  }

  const before = readOutbox(dataDir).length
  await page.goto('/donnees-personnelles', LOADED)
  await page.getByLabel('Adresse e-mail utilisée pour commenter').fill(ERASED.toUpperCase())
  await page
    .getByRole('button', { name: 'Demander la suppression de mes commentaires et de mes données' })
    .click()
  const answer = page.getByTestId('action-result')
  await expect(answer).toContainText('Demande enregistrée')
  const neutral = await answer.textContent()

  await expect
    .poll(
      () =>
        readOutbox(dataDir)
          .slice(before)
          .filter((mail) => mail.to === ERASED).length,
    )
    .toBe(1)
  const mail = readOutbox(dataDir)
    .slice(before)
    .find((m) => m.to === ERASED)
  expect(mail?.subject).toBe('Suppression de vos commentaires et de vos données')
  const link = mail?.links.find(
    (url) => new URL(url).pathname === '/donnees-personnelles/supprimer',
  )
  expect(link).toBeDefined()

  await page.goto(relative(link ?? ''), LOADED)
  await expect(page.getByText(ERASED)).toBeVisible()
  await page.getByRole('button', { name: 'Supprimer définitivement' }).click()
  await expect(page.getByTestId('action-result')).toContainText(
    `Suppression effectuée : ${ERASED_COMMENTS.length} commentaires ont été supprimés`,
  )

  const html = await (await page.request.get(articlePath)).text()
  for (const doc of ERASED_COMMENTS) expect(html, 'HTML servi juste après').not.toContain(doc._id)
  await page.goto(articlePath, LOADED)
  for (const doc of ERASED_COMMENTS) await expect(commentLocator(page, doc._id)).toHaveCount(0)
  for (const doc of KEPT_REPLIES.filter((c) => c.status === 'approved')) {
    await expect(commentLocator(page, doc._id)).toHaveCount(1)
  }

  // Same answer for an address that never commented.
  await page.goto('/donnees-personnelles', LOADED)
  await page.getByLabel('Adresse e-mail utilisée pour commenter').fill('inconnue@example.net')
  await page
    .getByRole('button', { name: 'Demander la suppression de mes commentaires et de mes données' })
    .click()
  await expect(page.getByTestId('action-result')).toHaveText(neutral ?? '')
})

test('les liens falsifiés ou incomplets affichent une explication en français', async ({
  page,
  request,
}) => {
  const forged = `${Buffer.from('{"s":"x"}').toString('base64url')}.0.${'A'.repeat(43)}`
  for (const route of [
    '/abonnements/confirmer',
    '/abonnements/desabonner',
    '/donnees-personnelles/supprimer',
  ]) {
    const response = await page.goto(`${route}?jeton=${forged}`, LOADED)
    expect(response?.status()).toBe(200)
    await expect(page.getByTestId('link-problem')).toContainText('Ce lien n’est pas valide')
    await expect(page.locator('main').getByRole('button')).toHaveCount(0)
    await page.goto(route, LOADED)
    await expect(page.getByTestId('link-problem')).toContainText('Ce lien est incomplet')
  }
  // A genuine token signed for another purpose is refused too.
  const unsubscribeToken = signToken(
    { e: ERASED },
    { secret: serverSecret(), purpose: 'unsubscribe' },
  )
  await page.goto(`/donnees-personnelles/supprimer?jeton=${unsubscribeToken}`, LOADED)
  await expect(page.getByTestId('link-problem')).toContainText('Ce lien n’est pas valide')

  const oneClick = await request.post(`/abonnements/desabonner/un-clic?jeton=${forged}`, {
    form: { 'List-Unsubscribe': 'One-Click' },
  })
  expect(oneClick.status()).toBe(400)
})

test('confirmer puis se désabonner, par le bouton ou en un clic (RFC 8058)', async ({
  page,
  request,
}) => {
  // Any page using the secret creates the secret file and the private tables.
  await page.goto('/abonnements/confirmer?jeton=x', LOADED)
  const db = new DatabaseSync(path.join(dataDir, 'private.db'))
  db.exec('PRAGMA busy_timeout = 15000')
  const statusOf = (id: string) =>
    String(db.prepare('SELECT status FROM subscriptions WHERE id = ?').get(id)?.status)
  const insert = (status: string) => {
    const id = randomUUID()
    db.prepare(
      `INSERT INTO subscriptions (id, email, name, article_id, kind, comment_id, status, created_at)
       VALUES (?, ?, 'Lecteur e2e', ?, 'thread', '', ?, ?)`,
    ).run(id, `e2e-${id}@example.org`, ARTICLE_ID, status, new Date().toISOString())
    return id
  }
  const secret = serverSecret()
  try {
    const pending = insert('pending')
    const confirm = signToken(
      { s: pending },
      { secret, purpose: 'subscribe-confirm', ttlSeconds: 600 },
    )
    await page.goto(`/abonnements/confirmer?jeton=${confirm}`, LOADED)
    await expect(page.getByTestId('action-result')).toContainText('Votre abonnement est confirmé.')
    expect(statusOf(pending)).toBe('confirmed')

    const leave = signToken({ s: pending }, { secret, purpose: 'unsubscribe' })
    await page.goto(`/abonnements/desabonner?jeton=${leave}`, LOADED)
    expect(statusOf(pending), 'afficher la page ne désabonne pas').toBe('confirmed')
    await page.getByRole('button', { name: 'Confirmer le désabonnement' }).click()
    await expect(page.getByTestId('action-result')).toContainText('vous êtes désabonné')
    expect(statusOf(pending)).toBe('unsubscribed')

    const confirmed = insert('confirmed')
    const oneClickToken = signToken({ s: confirmed }, { secret, purpose: 'unsubscribe' })
    const opened = await request.get(`/abonnements/desabonner/un-clic?jeton=${oneClickToken}`, {
      maxRedirects: 0,
    })
    expect(opened.status()).toBe(303)
    expect(opened.headers().location).toBe(`/abonnements/desabonner?jeton=${oneClickToken}`)
    expect(statusOf(confirmed)).toBe('confirmed')
    const posted = await request.post(`/abonnements/desabonner/un-clic?jeton=${oneClickToken}`, {
      form: { 'List-Unsubscribe': 'One-Click' },
    })
    expect(posted.status()).toBe(200)
    expect(statusOf(confirmed)).toBe('unsubscribed')
  } finally {
    db.close()
  }
})
