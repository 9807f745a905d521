import { randomUUID } from 'node:crypto'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { readOutbox } from '../../lib/mail/outbox'
import { demoById, slugOf } from './demo-data'
import {
  addModerator,
  announce,
  dataDir,
  item,
  logIn,
  seedPendingComment,
  storedComment,
  storeLake,
} from './helpers/moderation'

/*
 * Moderation end to end, on the production build: accounts made by `npm run moderator:add`,
 * decisions checked in the store itself, not only on screen.
 */
const run = randomUUID().slice(0, 8)
const moderator = {
  name: `Modératrice ${run}`,
  email: `moderation-${run}@kiosque.example`,
  password: `mot-de-passe-${run}-sûr`,
}
const ARTICLE = 'article-3-questions-a-helene-varambon'
const articlePath = `/articles/${slugOf(demoById(ARTICLE)!)}`
// A pending comment of the demo dataset (Thomas Reyssac, top level).
const DEMO_PENDING = 'comment.7252a090-6985-5b32-bb6f-0a5a7f7fbb64'

test.describe.configure({ mode: 'serial' })

test.beforeAll(() => {
  addModerator(moderator)
  // Reruns against a reused server: put the demo comment back in the queue.
  if (storedComment(DEMO_PENDING)?.status !== 'pending') {
    storeLake().mutate([{ patch: { id: DEMO_PENDING, set: { status: 'pending' } } }], {
      author: 'e2e',
    })
  }
})

function seed(label: string, email = `lecteur-${run}@example.org`) {
  return seedPendingComment(ARTICLE, {
    authorName: `Lecteur ${label}`,
    authorEmail: email,
    body: `Commentaire ${label} ${run} : une remarque de lecteur sur l’entretien.`,
  })
}

test('log in, approve a pending demo comment and find it on the article page', async ({ page }) => {
  await logIn(page, moderator.email, moderator.password)
  await expect(page.getByTestId('moderator-name')).toHaveText(moderator.name)
  await expect(page.getByRole('link', { name: /En attente \(\d+\)/ })).toHaveAttribute(
    'aria-current',
    'page',
  )
  const entry = item(page, DEMO_PENDING)
  await entry.getByRole('button', { name: 'Approuver' }).click()
  await expect(page.getByTestId('moderation-result')).toContainText('1 commentaire approuvé.')
  await expect(item(page, DEMO_PENDING)).toHaveCount(0)
  const stored = storedComment(DEMO_PENDING)
  expect(stored?.status).toBe('approved')
  expect(stored?.moderation).toContainEqual(
    expect.objectContaining({ action: 'approved', by: moderator.name }),
  )
  await page.goto(`${articlePath}?tous=1`)
  await expect(page.locator(`#c-${DEMO_PENDING.slice('comment.'.length)}`)).toContainText(
    'suivi dans un an',
  )
})

test('reject a comment: it moves to « Rejetés » with its audit trail', async ({ page }) => {
  const id = seed('à rejeter')
  await logIn(page, moderator.email, moderator.password)
  await item(page, id).getByLabel('Note (facultative)').fill('Hors sujet')
  await item(page, id).getByRole('button', { name: 'Rejeter' }).click()
  await expect(page.getByTestId('moderation-result')).toContainText('1 commentaire rejeté.')
  expect(storedComment(id)?.status).toBe('rejected')
  await page.getByRole('link', { name: /Rejetés/ }).click()
  await item(page, id).locator('summary', { hasText: 'Historique' }).click()
  await expect(item(page, id)).toContainText(`Rejeté par ${moderator.name}`)
  await expect(item(page, id)).toContainText('Hors sujet')
})

test('bulk-approve three selected comments', async ({ page }) => {
  const ids = ['groupé 1', 'groupé 2', 'groupé 3'].map((label) => seed(label))
  await logIn(page, moderator.email, moderator.password)
  await page.goto(`/moderation?q=${encodeURIComponent(`groupé ${run}`)}`)
  for (const id of ids) await item(page, id).getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Approuver la sélection' }).click()
  await expect(page.getByTestId('moderation-result')).toContainText('3 commentaires approuvés.')
  for (const id of ids) expect(storedComment(id)?.status).toBe('approved')
})

test('approve from the signed link of the moderation mail', async ({ page }) => {
  const id = seed('par e-mail')
  announce(id)
  const mail = readOutbox(dataDir).findLast(
    (entry) => entry.to === moderator.email && entry.text.includes(run),
  )
  expect(mail?.subject).toContain('Commentaire à modérer')
  const approveUrl = new URL(mail!.text.match(/Approuver :\s+(\S+)/)![1]!)
  // GET only shows a confirmation: nothing changes until the button is pressed.
  await page.goto(approveUrl.pathname + approveUrl.search)
  await expect(page.getByRole('heading', { name: 'Approuver ce commentaire ?' })).toBeVisible()
  expect(storedComment(id)?.status).toBe('pending')
  await page.getByRole('button', { name: 'Confirmer : approuver' }).click()
  await expect(page.getByTestId('decision-result')).toContainText('le commentaire est approuvé')
  expect(storedComment(id)?.status).toBe('approved')
  // A tampered token is refused and changes nothing.
  await page.goto(
    `/moderation/decision?jeton=${encodeURIComponent(approveUrl.searchParams.get('jeton')!.replace(/.$/, 'A'))}x`,
  )
  await expect(page.getByTestId('decision-result')).toContainText('n’est pas valable')
})

test('ban an e-mail: the next comment from it is held as spam', async ({ page }) => {
  const email = `banni-${run}@example.net`
  const id = seed('à bannir', email)
  await logIn(page, moderator.email, moderator.password)
  await item(page, id).locator('summary', { hasText: 'Bannir l’auteur' }).click()
  await item(page, id)
    .getByRole('button', { name: `Bannir l’e-mail ${email}` })
    .click()
  await expect(page.getByTestId('moderation-result')).toContainText('Adresse e-mail bannie')
  await page.goto(articlePath)
  const body = `Nouveau commentaire banni ${run}, envoyé après le bannissement.`
  const form = page
    .locator('form')
    .filter({ has: page.getByRole('button', { name: 'Publier le commentaire' }) })
    .first()
  await form.getByLabel('Commentaire', { exact: true }).fill(body)
  await form.getByLabel('Nom', { exact: true }).fill('Lecteur banni')
  await form.getByLabel('Adresse e-mail').fill(email)
  await form.getByRole('checkbox', { name: /J’accepte/ }).check()
  await page.waitForTimeout(3_200) // the form refuses submissions faster than 3 s
  await form.getByRole('button', { name: 'Publier le commentaire' }).click()
  await expect(page.getByText('en attente de modération').filter({ visible: true })).toBeVisible()
  const held = await storeLake().query<{ status: string }[]>(
    '*[_type == "comment" && body == $body]{ status }',
    { body },
    { perspective: 'raw' },
  )
  expect(held).toEqual([{ status: 'spam' }])
})

test('keyboard only: j/k to move, x to select, a to approve', async ({ page }) => {
  const first = seed('clavier 1')
  const second = seed('clavier 2')
  await logIn(page, moderator.email, moderator.password)
  await page.goto(`/moderation?q=${encodeURIComponent(`clavier ${run}`)}`)
  await expect(page.getByRole('heading', { name: 'Raccourcis clavier' })).toBeVisible()
  // Shortcuts need JavaScript: wait until the listener is attached.
  await expect(page.getByTestId('shortcut-announcer')).toHaveAttribute('data-ready', 'true')
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await page.keyboard.press('k')
  const focused = page.locator('[data-moderation-item]:focus')
  await expect(focused).toHaveCount(1)
  const focusedId = await focused.getAttribute('data-comment-id')
  await page.keyboard.press('x')
  await expect(item(page, focusedId!).getByRole('checkbox')).toBeChecked()
  await page.keyboard.press('x')
  await expect(item(page, focusedId!).getByRole('checkbox')).not.toBeChecked()
  await page.keyboard.press('a')
  await expect(page.getByTestId('moderation-result')).toContainText('1 commentaire approuvé.')
  expect(storedComment(focusedId!)?.status).toBe('approved')
  const other = focusedId === first ? second : first
  expect(storedComment(other)?.status).toBe('pending')
  // Focus comes back to the list, so the next key acts on the remaining comment.
  await expect(page.locator('[data-moderation-item]:focus')).toHaveCount(1)
  await page.keyboard.press('s')
  await expect(page.getByTestId('moderation-result')).toContainText('1 commentaire classé en spam.')
  expect(storedComment(other)?.status).toBe('spam')
})

test('five wrong passwords lock the account for 15 minutes, right password included', async ({
  page,
}) => {
  const victim = {
    name: `Verrou ${run}`,
    email: `verrou-${run}@kiosque.example`,
    password: `bon-mot-de-passe-${run}`,
  }
  addModerator(victim)
  await page.goto('/moderation/connexion')
  // One submission at a time: wait for the answer and for React's form reset before the next.
  async function submit(email: string, password: string) {
    await page.getByLabel('Adresse e-mail').fill(email)
    await page.getByLabel('Mot de passe').fill(password)
    await Promise.all([
      page.waitForResponse(
        (response) =>
          response.request().method() === 'POST' &&
          response.url().includes('/moderation/connexion'),
      ),
      page.getByRole('button', { name: 'Se connecter' }).click(),
    ])
    await expect(page.getByLabel('Mot de passe')).toHaveValue('')
  }
  for (let attempt = 1; attempt <= 5; attempt++) {
    await submit(victim.email, `faux-${attempt}-mot-de-passe`)
    const expected =
      attempt < 5 ? 'Adresse e-mail ou mot de passe incorrect.' : 'Trop de tentatives'
    await expect(page.getByTestId('login-error')).toContainText(expected)
  }
  await submit(victim.email, victim.password)
  await expect(page.getByTestId('login-error')).toContainText('Trop de tentatives')
  await expect(page).toHaveURL(/\/moderation\/connexion/)
  // An unknown e-mail gets the very same first message.
  await submit(`inconnu-${run}@kiosque.example`, 'pas-le-bon-mot-de-passe')
  await expect(page.getByTestId('login-error')).toHaveText(
    'Adresse e-mail ou mot de passe incorrect.',
  )
})

test('an action posted without a session changes nothing in the store', async ({
  page,
  context,
}) => {
  const id = seed('sans session')
  await logIn(page, moderator.email, moderator.password)
  await page.goto(`/moderation?q=${encodeURIComponent(`session ${run}`)}`)
  const before = storedComment(id)
  await context.clearCookies()
  await item(page, id).getByRole('button', { name: 'Approuver' }).click()
  await expect(page).toHaveURL(/\/moderation\/connexion/)
  const after = storedComment(id)
  expect(after?.status).toBe('pending')
  expect(after?._rev).toBe(before?._rev)
  // A forged cookie is no better than none.
  await context.addCookies([{ name: 'kiosque_session', value: 'A'.repeat(43), url: page.url() }])
  await page.goto('/moderation')
  await expect(page).toHaveURL(/\/moderation\/connexion/)
})

test('the queue answers a visitor without a session cookie with a real redirect', async ({
  request,
}) => {
  const response = await request.get('/moderation?statut=pending', { maxRedirects: 0 })
  expect(response.status()).toBe(307)
  expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe(
    '/moderation/connexion',
  )
  expect(await response.text()).not.toContain('File de modération')
})

/** The signed decision links mailed to the moderator for `commentId`, by decision (from the token). */
function mailedDecisionLinks(commentId: string): Record<string, string> {
  announce(commentId)
  const links: Record<string, string> = {}
  for (const mail of readOutbox(dataDir).filter((entry) => entry.to === moderator.email)) {
    for (const [url] of mail.text.matchAll(
      /https?:\/\/\S+\/moderation\/decision\?jeton=[\w.%-]+/g,
    )) {
      const parsed = new URL(url)
      const token = parsed.searchParams.get('jeton') ?? ''
      const payload = JSON.parse(
        Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'),
      ) as { a: string; c: string }
      if (payload.c === commentId) links[payload.a] = parsed.pathname + parsed.search
    }
  }
  expect(Object.keys(links).sort()).toEqual(['approve', 'reject', 'spam'])
  return links
}

/** The ids of the queue's comments, in the order shown. */
async function shownIds(page: Page): Promise<string[]> {
  return page
    .getByTestId('moderation-item')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-comment-id') ?? ''))
}

test('pending comments come oldest first; « Plus récents d’abord » reverses them', async ({
  page,
}) => {
  const older = seed('ordre ancien')
  await new Promise((resolve) => setTimeout(resolve, 20))
  const newer = seed('ordre récent')
  await logIn(page, moderator.email, moderator.password)
  await page.goto(`/moderation?q=${encodeURIComponent(`ordre ${run}`)}`)
  expect(await shownIds(page)).toEqual([older, newer])
  const sort = page.getByRole('navigation', { name: 'Trier la file' })
  await expect(sort.getByRole('link', { name: 'Plus anciens d’abord' })).toHaveAttribute(
    'aria-current',
    'true',
  )
  await sort.getByRole('link', { name: 'Plus récents d’abord' }).click()
  await expect(sort.getByRole('link', { name: 'Plus récents d’abord' })).toHaveAttribute(
    'aria-current',
    'true',
  )
  expect(await shownIds(page)).toEqual([newer, older])
  // The order survives a decision (the redirect keeps the view).
  await item(page, older).getByRole('button', { name: 'Rejeter' }).click()
  await expect(page.getByTestId('moderation-result')).toContainText('1 commentaire rejeté.')
  expect(new URL(page.url()).searchParams.get('tri')).toBe('recents')
})

test('« Tout sélectionner » ticks every comment of the view for a bulk decision', async ({
  page,
}) => {
  const ids = ['tout 1', 'tout 2', 'tout 3'].map((label) => seed(label))
  await logIn(page, moderator.email, moderator.password)
  await page.goto(`/moderation?q=${encodeURIComponent(`tout ${run}`)}`)
  const all = page.getByRole('checkbox', { name: 'Tout sélectionner' })
  await all.check()
  for (const id of ids) await expect(item(page, id).getByRole('checkbox')).toBeChecked()
  await item(page, ids[0]!).getByRole('checkbox').uncheck()
  await expect(all).not.toBeChecked()
  await all.check()
  await page.getByRole('button', { name: 'Rejeter la sélection' }).click()
  await expect(page.getByTestId('moderation-result')).toContainText('3 commentaires rejetés.')
  for (const id of ids) expect(storedComment(id)?.status).toBe('rejected')
})

test('« ? » shows the shortcut legend, Escape goes back to the comment', async ({ page }) => {
  const id = seed('légende')
  await logIn(page, moderator.email, moderator.password)
  await page.goto(`/moderation?q=${encodeURIComponent(`légende ${run}`)}`)
  await expect(page.getByTestId('shortcut-announcer')).toHaveAttribute('data-ready', 'true')
  await page.keyboard.press('j')
  await expect(item(page, id)).toBeFocused()
  await page.keyboard.press('?')
  // The target of the « Raccourcis clavier » link (#raccourcis).
  const legend = page.locator('#raccourcis')
  await expect(legend).toBeFocused()
  await expect(legend).toBeInViewport()
  await expect(legend).toContainText('annuler la dernière décision')
  await page.keyboard.press('Escape')
  await expect(item(page, id)).toBeFocused()
  // A link near the top leads there too, with or without JavaScript.
  await expect(page.getByRole('link', { name: /Raccourcis clavier/ })).toHaveAttribute(
    'href',
    '#raccourcis',
  )
})

test('article and e-mail links of the queue look like links', async ({ page }) => {
  const id = seed('liens')
  await logIn(page, moderator.email, moderator.password)
  await page.goto(`/moderation?q=${encodeURIComponent(`liens ${run}`)}`)
  const body = await page.locator('body').evaluate((node) => getComputedStyle(node).color)
  for (const link of [
    item(page, id).getByRole('link', { name: demoById(ARTICLE)!.headline as string }),
    item(page, id).getByRole('link', { name: `lecteur-${run}@example.org` }),
  ]) {
    const style = await link.evaluate((node) => {
      const computed = getComputedStyle(node)
      return { line: computed.textDecorationLine, color: computed.color }
    })
    expect(style.line).toContain('underline')
    expect(style.color).not.toBe(body)
  }
})

test('« Annuler » takes a decision back for a few seconds, u does it from the keyboard', async ({
  page,
}) => {
  const id = seed('annuler')
  await logIn(page, moderator.email, moderator.password)
  await page.goto(`/moderation?q=${encodeURIComponent(`annuler ${run}`)}`)
  await item(page, id).getByRole('button', { name: 'Approuver' }).click()
  const result = page.getByTestId('moderation-result')
  await expect(result).toContainText('1 commentaire approuvé.')
  expect(storedComment(id)?.status).toBe('approved')
  await result.getByRole('button', { name: 'Annuler' }).click()
  await expect(result).toContainText('1 décision annulée.')
  expect(storedComment(id)?.status).toBe('pending')
  expect(storedComment(id)?.moderation).toContainEqual(
    expect.objectContaining({ action: 'undone', by: moderator.name }),
  )
  await expect(item(page, id)).toBeVisible()
  // The same with the keyboard: s, then u.
  await expect(page.getByTestId('shortcut-announcer')).toHaveAttribute('data-ready', 'true')
  await item(page, id).focus()
  await page.keyboard.press('s')
  await expect(result).toContainText('1 commentaire classé en spam.')
  expect(storedComment(id)?.status).toBe('spam')
  await expect(result.getByRole('button', { name: 'Annuler' })).toBeVisible()
  await page.keyboard.press('u')
  await expect(result).toContainText('1 décision annulée.')
  expect(storedComment(id)?.status).toBe('pending')
  // The button goes away once the delay is over.
  await item(page, id).getByRole('button', { name: 'Rejeter' }).click()
  await expect(result.getByRole('button', { name: 'Annuler' })).toBeVisible()
  await expect(result.getByRole('button', { name: 'Annuler' })).toHaveCount(0, { timeout: 15_000 })
  expect(storedComment(id)?.status).toBe('rejected')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('« Tout sélectionner » and « Annuler » still work', async ({ page }) => {
    const ids = ['sans js 1', 'sans js 2'].map((label) => seed(label))
    await logIn(page, moderator.email, moderator.password)
    await page.goto(`/moderation?q=${encodeURIComponent(`js ${run}`)}`)
    await page.getByRole('link', { name: 'Tout sélectionner' }).click()
    for (const id of ids) await expect(item(page, id).getByRole('checkbox')).toBeChecked()
    await page.getByRole('button', { name: 'Approuver la sélection' }).click()
    const result = page.getByTestId('moderation-result')
    await expect(result).toContainText('2 commentaires approuvés.')
    for (const id of ids) expect(storedComment(id)?.status).toBe('approved')
    const withUndo = page.url()
    await result.getByRole('button', { name: 'Annuler' }).click()
    await expect(result).toContainText('2 décisions annulées.')
    for (const id of ids) expect(storedComment(id)?.status).toBe('pending')
    // An undo is used once: the same view no longer offers it.
    await page.goto(withUndo)
    await expect(result).toContainText('2 commentaires approuvés.')
    await expect(result.getByRole('button', { name: 'Annuler' })).toHaveCount(0)
  })
})

test('a decision link works once; a second visit says who decided and when', async ({ page }) => {
  const id = seed('lien unique')
  const links = mailedDecisionLinks(id)
  await page.goto(links.approve!)
  await page.getByRole('button', { name: 'Confirmer : approuver' }).click()
  await expect(page.getByTestId('decision-result')).toContainText('Décision enregistrée')
  await expect(page.getByTestId('decision-result')).toContainText(`par ${moderator.name}`)
  // Put back in the queue by someone else: the used link still may not decide again.
  storeLake().mutate([{ patch: { id, set: { status: 'pending' } } }], { author: 'e2e' })
  await page.goto(links.approve!)
  await expect(page.getByTestId('decision-result')).toContainText('déjà été prise')
  await expect(page.getByTestId('decision-result')).toContainText(moderator.name)
  await expect(page.getByRole('button', { name: /Confirmer/ })).toHaveCount(0)
  expect(storedComment(id)?.status).toBe('pending')
})

test('a link opened twice before confirming applies once (replayed POST refused)', async ({
  browser,
}) => {
  const id = seed('lien rejoué')
  const links = mailedDecisionLinks(id)
  const first = await browser.newPage()
  const second = await browser.newPage()
  await first.goto(links.spam!)
  await second.goto(links.spam!)
  await first.getByRole('button', { name: 'Confirmer : classer en spam' }).click()
  await expect(first.getByTestId('decision-result')).toContainText('Décision enregistrée')
  storeLake().mutate([{ patch: { id, set: { status: 'pending' } } }], { author: 'e2e' })
  await second.getByRole('button', { name: 'Confirmer : classer en spam' }).click()
  await expect(second.getByTestId('decision-result')).toContainText('déjà été prise')
  expect(storedComment(id)?.status).toBe('pending')
  const spamEntries = (storedComment(id)?.moderation as { action: string }[]).filter(
    (event) => event.action === 'spam',
  )
  expect(spamEntries).toHaveLength(1)
  await first.close()
  await second.close()
})

test('a link for a comment decided in the queue offers no « Confirmer »', async ({ page }) => {
  const id = seed('déjà traité')
  const links = mailedDecisionLinks(id)
  await logIn(page, moderator.email, moderator.password)
  await page.goto(`/moderation?q=${encodeURIComponent(`traité ${run}`)}`)
  await item(page, id).getByRole('button', { name: 'Rejeter' }).click()
  await expect(page.getByTestId('moderation-result')).toContainText('1 commentaire rejeté.')
  await page.goto(links.approve!)
  await expect(page.getByTestId('decision-result')).toContainText('déjà été traité')
  await expect(page.getByTestId('decision-result')).toContainText(`rejeté par ${moderator.name}`)
  await expect(page.getByRole('button', { name: /Confirmer/ })).toHaveCount(0)
  expect(storedComment(id)?.status).toBe('rejected')
})

test('the decision page claims nothing without a real decision', async ({ page }) => {
  for (const resultat of ['approve', 'reject', 'spam']) {
    await page.goto(`/moderation/decision?resultat=${resultat}`)
    await expect(page.getByTestId('decision-result')).not.toContainText('Décision enregistrée')
    await expect(page.getByTestId('decision-result')).toContainText('n’est pas valable')
  }
  await page.goto('/moderation/decision?enregistree=invente')
  await expect(page.getByTestId('decision-result')).toContainText('n’est pas valable')
})

test('the queue, with a decision to undo, passes axe-core', async ({ page }) => {
  const id = seed('axe')
  seed('axe bis')
  await logIn(page, moderator.email, moderator.password)
  await page.goto(`/moderation?q=${encodeURIComponent(`axe ${run}`)}`)
  await item(page, id).getByRole('button', { name: 'Approuver' }).click()
  await expect(
    page.getByTestId('moderation-result').getByRole('button', { name: 'Annuler' }),
  ).toBeVisible()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze()
    const report = results.violations.map(
      (violation) =>
        `${scheme} · ${violation.id} ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
    expect(report, report.join('\n')).toEqual([])
  }
})
