import { randomUUID } from 'node:crypto'

import { expect, test, type Page } from '@playwright/test'

import { readOutbox, type OutboxMail } from '../../lib/mail/outbox'
import { demoById, slugOf } from './demo-data'
import { addModerator, dataDir, item, logIn, seedPendingComment } from './helpers/moderation'

/*
 * The whole subscription loop as a reader lives it, every step read from the server's outbox:
 * subscribe from the comment form → confirm from the mail → a new comment is approved →
 * notification → unsubscribe from that mail → no more notifications.
 */
const run = randomUUID().slice(0, 8)
const ARTICLE_ID = 'article-3-questions-a-claire-montadier'
const article = demoById(ARTICLE_ID)
const articlePath = `/articles/${article ? slugOf(article) : 'absent'}`
const reader = { name: `Abonnée ${run}`, email: `abonnee-${run}@example.org` }
const moderator = {
  name: `Modérateur ${run}`,
  email: `notifications-${run}@kiosque.example`,
  password: `phrase-de-passe-${run}-longue`,
}

test.describe.configure({ mode: 'serial' })
test.slow()

const mailsTo = (email: string): OutboxMail[] => readOutbox(dataDir).filter((m) => m.to === email)

/** Waits for the `count`-th mail to `email` and returns it. */
async function nthMail(email: string, count: number): Promise<OutboxMail> {
  await expect.poll(() => mailsTo(email).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(count)
  const mail = mailsTo(email)[count - 1]
  if (!mail) throw new Error(`courriel n° ${count} à ${email} introuvable`)
  return mail
}

/** The path and query of the mail's link to `pathname` (mails use NEXT_PUBLIC_SITE_URL). */
function linkTo(mail: OutboxMail, pathname: string): string {
  const url = mail.links.map((link) => new URL(link)).find((link) => link.pathname === pathname)
  expect(url, `lien ${pathname} dans « ${mail.subject} »`).toBeDefined()
  return url ? `${url.pathname}${url.search}` : '/'
}

/** Approves one comment from the moderation queue (the moderator is logged in). */
async function approve(page: Page, commentId: string, search: string) {
  await page.goto(`/moderation?q=${encodeURIComponent(search)}`)
  await item(page, commentId).getByRole('button', { name: 'Approuver' }).click()
  await expect(page.getByTestId('moderation-result')).toContainText('1 commentaire approuvé.')
}

test.beforeAll(() => addModerator(moderator))

test('s’abonner depuis le formulaire, confirmer, être notifié, se désabonner', async ({ page }) => {
  // 1. Subscribe while commenting (with JavaScript, the form answers in place).
  await page.goto(articlePath)
  const form = page.locator('[data-testid="comment-form"]:visible')
  await expect(form).toHaveAttribute('data-hydrated', 'true', { timeout: 60_000 })
  await form.getByLabel('Commentaire', { exact: true }).fill(`Je suivrai ce fil (${run}).`)
  await form.getByLabel('Nom', { exact: true }).fill(reader.name)
  await form.getByLabel('Adresse e-mail', { exact: true }).fill(reader.email)
  await form.getByLabel('nouveaux commentaires de suivi').check()
  await form.getByLabel(/J’accepte que mes données/).check()
  await page.waitForTimeout(3_500)
  await form.getByRole('button', { name: 'Publier le commentaire' }).click()
  await expect(form.getByTestId('comment-confirmation')).toHaveText(
    'Votre commentaire est en attente de modération.',
  )

  // 2. Double opt-in: nothing is sent before the link of the mail is followed.
  const confirmation = await nthMail(reader.email, 1)
  expect(confirmation.subject).toBe('Confirmez votre abonnement aux commentaires')
  const other = seedPendingComment(ARTICLE_ID, {
    authorName: `Lecteur ${run}`,
    authorEmail: `lecteur-${run}@example.org`,
    body: `Un autre avis sur cet entretien (${run}), publié après confirmation.`,
  })
  await page.goto(linkTo(confirmation, '/abonnements/confirmer'))
  await expect(page.getByTestId('action-result')).toContainText('Votre abonnement est confirmé.')

  // 3. Another reader's comment is approved: the subscriber is told, with one-click headers.
  await logIn(page, moderator.email, moderator.password)
  await approve(page, other, `Lecteur ${run}`)
  const notification = await nthMail(reader.email, 2)
  expect(notification.subject).toContain('Nouveau commentaire')
  expect(notification.text).toContain(`Un autre avis sur cet entretien (${run})`)
  expect(notification.headers['list-unsubscribe']?.[0]).toMatch(/^<https?:\/\/.+>/)
  expect(notification.headers['list-unsubscribe-post']?.[0]).toBe('List-Unsubscribe=One-Click')
  expect(notification.text).not.toContain(`lecteur-${run}@example.org`)

  // 4. Unsubscribe from the notification's link (the page asks before changing anything).
  await page.goto(linkTo(notification, '/abonnements/desabonner'))
  await page.getByRole('button', { name: 'Confirmer le désabonnement' }).click()
  await expect(page.getByTestId('action-result')).toContainText('vous êtes désabonné')

  // 5. A later approval in the same thread mails nobody who left.
  const later = seedPendingComment(ARTICLE_ID, {
    authorName: `Lectrice ${run}`,
    authorEmail: `lectrice-${run}@example.org`,
    body: `Un dernier avis (${run}) qui ne doit plus être notifié.`,
  })
  await approve(page, later, `Lectrice ${run}`)
  await page.waitForTimeout(3_000)
  expect(mailsTo(reader.email)).toHaveLength(2)
})
