import path from 'node:path'

import { expect, test, type Page } from '@playwright/test'

import { openLake, type LakeDocument } from '../../lib/lake'
import { readOutbox } from '../../lib/mail/outbox'
import { e2eDataDir } from '../../playwright.config'
import { demoOfType, refOf, slugOf } from './demo-data'

/*
 * Comments under an article, with and without JavaScript. The server's lake is opened here only
 * to read what a submission stored (e-mail, status), never to write.
 */
const dataDir = path.resolve(process.env.KIOSQUE_E2E_DATA_DIR ?? e2eDataDir)
const ARTICLE_ID = 'article-3-questions-a-helene-varambon'
const ARTICLE = '/articles/3-questions-a-helene-varambon'
// Another article for votes, so the ordering checks above are not disturbed.
const VOTE_ARTICLE = '/articles/3-questions-a-ines-carrada'
const PENDING = 'Votre commentaire est en attente de modération.'
// The demo article whose thread runs over several pages (siteSettings.commentsPageSize: 10).
const LONG_ARTICLE = '/articles/3-questions-a-nadia-ferrandou'
const LONG_ARTICLE_ID = 'article-3-questions-a-nadia-ferrandou'
const PAGE_SIZE = 10

async function storedBy(email: string): Promise<LakeDocument[]> {
  const lake = openLake({ dataDir })
  try {
    return await lake.query<LakeDocument[]>(
      '*[_type == "comment" && authorEmail == $email] | order(createdAt asc)',
      { email },
      { perspective: 'raw' },
    )
  } finally {
    lake.close()
  }
}

/** The vote count stored on a comment. */
function storedVotes(id: string | null): unknown {
  const lake = openLake({ dataDir })
  try {
    return lake.getDocuments([id ?? ''])[0]?.votes
  } finally {
    lake.close()
  }
}

/** The form the reader sees (without JavaScript the streamed copy stays hidden). */
const formOf = (page: Page) => page.locator('[data-testid="comment-form"]:visible')

/** Waits for hydration, so a click goes through React rather than a plain form post. */
async function hydrated(page: Page) {
  await expect(formOf(page)).toHaveAttribute('data-hydrated', 'true', { timeout: 60_000 })
}

const unique = (label: string) =>
  `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

async function fill(
  page: Page,
  {
    name = 'Lucie Essai',
    email,
    body,
    consent = true,
  }: { name?: string; email: string; body: string; consent?: boolean },
) {
  const form = formOf(page)
  await form.getByLabel('Commentaire', { exact: true }).fill(body)
  await form.getByLabel('Nom', { exact: true }).fill(name)
  await form.getByLabel('Adresse e-mail', { exact: true }).fill(email)
  if (consent) await form.getByLabel(/J’accepte que mes données/).check()
}

/** Sends the form; without JavaScript a first send may be asked again (no start token yet). */
async function send(page: Page) {
  const form = formOf(page)
  await page.waitForTimeout(3_500)
  await form.getByRole('button', { name: 'Publier le commentaire' }).click()
  await page.waitForLoadState('domcontentloaded')
  const retry = formOf(page)
    .getByTestId('erreur-form')
    .filter({ hasText: /envoyez-le à nouveau/ })
  if (await retry.isVisible()) {
    await page.waitForTimeout(3_500)
    await formOf(page).getByRole('button', { name: 'Publier le commentaire' }).click()
    await page.waitForLoadState('domcontentloaded')
  }
}

const topLevelIds = (page: Page) =>
  page
    .locator('[data-testid="comment-thread"]:visible [data-testid="comment-list"] > li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-comment-id')))

/** Top-level comments a reader can see (later pages stay hidden until asked for). */
const visibleTopLevel = (page: Page) =>
  page.locator(
    '[data-testid="comment-thread"]:visible [data-testid="comment-list"]:visible > li:visible',
  )

/** Approved top-level demo comments of the long thread, newest first (the default order). */
function longThread(): string[] {
  return demoOfType('comment')
    .filter((c) => refOf(c.article) === LONG_ARTICLE_ID && c.status === 'approved' && !c.parent)
    .sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)))
    .map((c) => c._id)
}

/** « Charger plus », then « Afficher tous les commentaires », on the long thread. */
async function checkPages(page: Page) {
  const all = longThread()
  expect(all.length).toBeGreaterThan(2 * PAGE_SIZE)
  await page.goto(LONG_ARTICLE)
  await expect(visibleTopLevel(page)).toHaveCount(PAGE_SIZE)
  const more = page.locator('[data-testid="comment-more"]:visible')
  await expect(more).toHaveCount(1)
  await more.click()
  await expect(page).toHaveURL(/#commentaires-page-2$/)
  await expect(visibleTopLevel(page)).toHaveCount(2 * PAGE_SIZE)
  await page.locator('[data-testid="comment-more"]:visible').click()
  await expect(visibleTopLevel(page)).toHaveCount(all.length)
  await expect(page.locator('[data-testid="comment-more"]:visible')).toHaveCount(0)
  await expect(page.locator('[data-testid="comment-all"]:visible')).toHaveCount(0)
  // The last comment of the default order is there, in its place.
  await expect(visibleTopLevel(page).last()).toHaveAttribute('data-comment-id', all.at(-1) ?? '')

  await page.goto(LONG_ARTICLE)
  await expect(visibleTopLevel(page)).toHaveCount(PAGE_SIZE)
  await page.locator('[data-testid="comment-all"]:visible').click()
  await expect(visibleTopLevel(page)).toHaveCount(all.length)
  await expect(page.locator('[data-testid="comment-more"]:visible')).toHaveCount(0)
}

/** A permalink opens the page of comments holding it; each comment offers its « Lien ». */
async function checkPermalink(page: Page) {
  const all = longThread()
  const deep = all.at(-1) ?? ''
  const anchor = `c-${deep.slice('comment.'.length)}`
  await page.goto(`${LONG_ARTICLE}#${anchor}`)
  const target = page.locator(`[data-comment-id="${deep}"]:visible`)
  await expect(target).toHaveCount(1)
  await expect(target).toBeInViewport()
  const first = visibleTopLevel(page).first()
  const link = first.getByTestId('comment-link').first()
  await expect(link).toHaveText(/^Lien/)
  const firstId = (await first.getAttribute('data-comment-id')) ?? ''
  await link.click()
  await expect(page).toHaveURL(new RegExp(`#c-${firstId.slice('comment.'.length)}$`))
  await expect(page.locator(`#c-${firstId.slice('comment.'.length)}`)).toBeVisible()
}

/** Initials avatars, drawn by the page itself, hidden from assistive technologies. */
async function checkAvatars(page: Page) {
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(ARTICLE)
  const comments = page.locator('[data-testid="comment-thread"]:visible [data-testid="comment"]')
  const count = await comments.count()
  expect(count).toBeGreaterThan(2)
  for (let i = 0; i < count; i++) {
    const comment = comments.nth(i)
    const avatar = comment.getByTestId('comment-avatar').first()
    await expect(avatar).toHaveAttribute('aria-hidden', 'true')
    const name = ((await comment.getByTestId('comment-author').first().textContent()) ?? '').trim()
    const initials = (await avatar.textContent()) ?? ''
    expect(initials).toMatch(/^\p{Lu}{1,2}$/u)
    expect(name.toLocaleUpperCase('fr-FR').startsWith(initials[0] ?? '')).toBe(true)
  }
  expect(requests.filter((url) => !url.startsWith(new URL(page.url()).origin))).toEqual([])
}

/** « Suivre les commentaires » without writing one: a confirmation mail to click. */
async function checkFollow(page: Page, label: string) {
  const email = `${unique(label).replace(' ', '-')}@example.test`
  await page.goto(ARTICLE)
  const form = page.getByTestId('follow-form')
  await form.getByLabel('Votre adresse e-mail').fill(email)
  await form.getByRole('button', { name: 'Suivre les commentaires' }).click()
  await expect(page).toHaveURL(/#abonnement-demande$/)
  await expect(page.getByTestId('follow-confirmation')).toBeVisible()
  await expect(page.getByTestId('follow-confirmation')).toContainText('confirmer l’abonnement')
  await expect
    .poll(() =>
      readOutbox(dataDir)
        .filter((mail) => mail.to === email)
        .map((m) => m.subject),
    )
    .toEqual(['Confirmez votre abonnement aux commentaires'])
  expect(await storedBy(email)).toEqual([])
}

/** Posts a comment, then edits it from the same browser through « modifier mon commentaire ». */
async function checkEdit(page: Page, label: string, confirmation: string) {
  const email = `${unique(label).replace(' ', '-')}@example.test`
  const body = unique('Première version')
  await page.goto(ARTICLE)
  if (label === 'modif-js') await hydrated(page)
  await fill(page, { email, body })
  await send(page)
  await page
    .locator(`${confirmation}:visible`)
    .getByRole('link', { name: 'modifier mon commentaire' })
    .click()
  await expect(page).toHaveURL(/\/commentaires\/modifier$/)
  const section = page
    .getByTestId('edit-comment')
    .filter({ hasText: '3 questions à Hélène Varambon' })
  const field = section.getByLabel('Commentaire')
  await expect(field).toHaveValue(body)
  // A refusal keeps the typed text and says why, in French.
  await field.fill('   ')
  await section.getByRole('button', { name: 'Enregistrer la modification' }).click()
  await expect(page.getByTestId('erreur-modification')).toHaveText('Écrivez votre commentaire.')
  const edited = unique('Seconde version, corrigée')
  await page.getByTestId('edit-comment').first().getByLabel('Commentaire').fill(edited)
  await page.getByRole('button', { name: 'Enregistrer la modification' }).first().click()
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}#commentaire-modifie$`))
  await expect(page.locator('[data-testid="comment-confirmation-sans-js"]:visible')).toContainText(
    'Votre commentaire est modifié',
  )
  const [doc] = await storedBy(email)
  expect(doc).toMatchObject({ body: edited, status: 'pending' })
  expect((doc?.moderation as { action: string }[]).map((event) => event.action)).toEqual([
    'submitted',
    'edited',
  ])
  // Another browser (no cookie) may not edit it.
  const stranger = await page.context().browser()?.newContext()
  const other = await stranger?.newPage()
  await other?.goto(new URL('/commentaires/modifier', page.url()).href)
  await expect(other!.getByTestId('edit-none')).toBeVisible()
  await stranger?.close()
}

test.describe('commentaires avec JavaScript', () => {
  test.slow()

  test('un commentaire est confirmé sur place, reste privé et est stocké en attente avec l’e-mail', async ({
    page,
  }) => {
    await page.goto(`${ARTICLE}#formulaire`)
    await hydrated(page)
    await page.evaluate(
      () => ((window as unknown as { sansRechargement: boolean }).sansRechargement = true),
    )
    const email = `${unique('js').replace(' ', '-')}@example.test`
    const body = unique('Un avis déposé avec JavaScript')
    await fill(page, { email, body })
    await send(page)
    await expect(formOf(page).getByTestId('comment-confirmation')).toHaveText(PENDING)
    expect(
      await page.evaluate(
        () => (window as unknown as { sansRechargement?: boolean }).sansRechargement,
      ),
    ).toBe(true)
    await expect(page.getByTestId('comment-body').filter({ hasText: body })).toHaveCount(0)
    const [doc] = await storedBy(email)
    expect(doc).toMatchObject({
      status: 'pending',
      authorEmail: email,
      body,
      article: { _ref: ARTICLE_ID },
    })
    expect(doc?._id).toMatch(/^comment\.[0-9a-f-]{36}$/)
    await page.reload()
    await hydrated(page)
    expect(await page.content()).not.toContain(body)
  })

  test('une réponse garde son commentaire parent', async ({ page }) => {
    await page.goto(ARTICLE)
    await hydrated(page)
    const first = page
      .locator('[data-testid="comment-thread"]:visible [data-testid="comment"]')
      .first()
    const parentId = await first.getAttribute('data-comment-id')
    const parentName = (await first.getByTestId('comment-author').first().textContent()) ?? ''
    await first
      .getByRole('link', { name: /^Répondre/ })
      .first()
      .click()
    await expect(page).toHaveURL(/reponse=comment\./)
    await expect(formOf(page).getByTestId('reply-target')).toContainText(
      `En réponse à ${parentName}`,
    )
    const email = `${unique('reponse').replace(' ', '-')}@example.test`
    await fill(page, { email, body: unique('Une réponse') })
    await send(page)
    await expect(formOf(page).getByTestId('comment-confirmation')).toHaveText(PENDING)
    const [doc] = await storedBy(email)
    expect(refOf(doc?.parent)).toBe(parentId)
  })

  test('le tri change l’ordre des commentaires', async ({ page }) => {
    const order: Record<string, (string | null)[]> = {}
    for (const tri of ['recent', 'ancien', 'populaire']) {
      await page.goto(`${ARTICLE}?tri=${tri}`)
      await hydrated(page)
      await expect(
        page.getByRole('link', {
          name: {
            recent: 'Le plus récent',
            ancien: 'Le plus ancien',
            populaire: 'Le plus populaire',
          }[tri],
        }),
      ).toHaveAttribute('aria-current', 'true')
      order[tri] = await topLevelIds(page)
    }
    const approved = demoOfType('comment').filter(
      (c) => refOf(c.article) === ARTICLE_ID && c.status === 'approved' && !c.parent,
    )
    const byDate = [...approved]
      .sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)))
      .map((c) => c._id)
    // Other specs may approve comments on this article meanwhile: compare on the demo ones, and
    // the two date orders must be exact mirrors of each other.
    const demoIds = new Set(byDate)
    expect(order.ancien?.filter((id) => id && demoIds.has(id))).toEqual(byDate)
    expect(order.recent).toEqual([...(order.ancien ?? [])].reverse())
    const votes = approved.map((c) => Number(c.votes))
    expect(approved.find((c) => c._id === order.populaire?.[0])?.votes).toBe(Math.max(...votes))
  })

  test('voter deux fois ne compte qu’une voix', async ({ page }) => {
    await page.goto(VOTE_ARTICLE)
    await hydrated(page)
    const comment = page
      .locator('[data-testid="comment-thread"]:visible [data-testid="comment"]')
      .first()
    const id = await comment.getAttribute('data-comment-id')
    const button = comment.getByTestId('vote').first()
    const count = async () => Number(((await button.textContent()) ?? '').replace(/\D/g, ''))
    const before = await count()
    await button.click()
    await expect(comment.getByText('Merci, votre vote est enregistré.')).toBeVisible()
    await expect(button).toHaveText(`Utile (${before + 1})`)
    await page.reload()
    await hydrated(page)
    const again = page.locator(`[data-comment-id="${id}"]:visible`).getByTestId('vote').first()
    await expect(again).toHaveText(`Utile (${before + 1})`)
    await again.click()
    await expect(
      page
        .locator(`[data-comment-id="${id}"]:visible`)
        .getByText('Vous avez déjà voté pour ce commentaire.')
        .first(),
    ).toBeVisible()
    await expect(again).toHaveText(`Utile (${before + 1})`)
    expect(storedVotes(id)).toBe(before + 1)
    // A second click takes the vote back.
    await expect(again).toHaveAttribute('aria-pressed', 'true')
    await again.click()
    await expect(
      page.locator(`[data-comment-id="${id}"]:visible`).getByText('Votre vote est retiré.').first(),
    ).toBeVisible()
    await expect(again).toHaveText(`Utile (${before})`)
    expect(storedVotes(id)).toBe(before)
  })

  test('après un envoi accepté, le formulaire est vidé et le dit ; un second clic ne renvoie rien', async ({
    page,
  }) => {
    await page.goto(`${ARTICLE}#formulaire`)
    await hydrated(page)
    const email = `${unique('vide').replace(' ', '-')}@example.test`
    await fill(page, { email, body: unique('Un avis envoyé une fois') })
    await send(page)
    await expect(formOf(page).getByTestId('comment-confirmation')).toHaveText(PENDING)
    await expect(formOf(page).getByTestId('comment-confirmation-suite')).toContainText(
      'Le formulaire est vide de nouveau',
    )
    await expect(formOf(page).getByLabel('Commentaire', { exact: true })).toHaveValue('')
    await page.waitForTimeout(3_500)
    await formOf(page).getByRole('button', { name: 'Publier le commentaire' }).click()
    await expect(formOf(page).getByTestId('erreur-body')).toHaveText('Écrivez votre commentaire.')
    await expect(formOf(page).getByTestId('erreur-form')).toHaveCount(0)
    expect(await storedBy(email)).toHaveLength(1)
  })

  test('« Commenter ce passage » cite le passage, raccourci à un mot entier', async ({ page }) => {
    await page.goto(ARTICLE)
    await hydrated(page)
    const tools = page.getByTestId('passage-tools').first()
    const block = page.locator('[data-block-key]').first()
    const text = (
      (await block.evaluate((node) => {
        const copy = node.cloneNode(true) as Element
        copy
          .querySelectorAll('[data-testid="passage-tools"], [data-testid="speaker-label"]')
          .forEach((n) => n.remove())
        const parts = [...copy.querySelectorAll('h2, p, li')].map((n) => n.textContent ?? '')
        return parts.length ? parts.join(' ') : (copy.textContent ?? '')
      })) ?? ''
    )
      .replace(/\s+/g, ' ')
      .trim()
    await tools.getByRole('link', { name: 'Commenter ce passage' }).click()
    await expect(page).toHaveURL(/passage=/)
    const target = formOf(page).getByTestId('passage-target')
    await expect(target).toContainText('Vous commentez ce passage :')
    const quote = ((await target.getByTestId('passage-quote').textContent()) ?? '')
      .replace(/^«\s*|\s*»$/g, '')
      .trim()
    expect(quote.length).toBeGreaterThan(20)
    if (quote.endsWith('…')) {
      expect(text.startsWith(quote.slice(0, -1))).toBe(true)
      expect(text.charAt(quote.length - 1)).toMatch(/[\s,;:.!?«»—–-]/)
    } else {
      expect(quote).toBe(text)
    }
  })

  test('« Charger plus » et « Afficher tous les commentaires »', async ({ page }) => {
    await checkPages(page)
  })

  test('chaque commentaire a son lien permanent', async ({ page }) => {
    await checkPermalink(page)
  })

  test('avatars à initiales, sans service extérieur', async ({ page }) => {
    await checkAvatars(page)
  })

  test('suivre les commentaires sans commenter', async ({ page }) => {
    await checkFollow(page, 'suivi-js')
  })

  test('l’auteur modifie son commentaire depuis son navigateur', async ({ page }) => {
    await checkEdit(page, 'modif-js', '[data-testid="comment-confirmation-suite"]')
  })

  const refusals: {
    name: string
    prepare: (page: Page) => Promise<void>
    field: string
    message: RegExp
  }[] = [
    {
      name: 'sans consentement',
      field: 'consent',
      message: /Cochez cette case/,
      prepare: (page) =>
        fill(page, {
          email: 'refus@example.test',
          body: unique('Sans consentement'),
          consent: false,
        }),
    },
    {
      name: 'e-mail invalide',
      field: 'email',
      message: /n’est pas valide/,
      prepare: (page) => fill(page, { email: 'lucie@', body: unique('E-mail invalide') }),
    },
    {
      name: 'texte trop long',
      field: 'body',
      message: /4\u202F001 caractères/,
      prepare: (page) => fill(page, { email: 'long@example.test', body: 'x'.repeat(4001) }),
    },
    {
      name: 'pot de miel rempli',
      field: 'website',
      message: /rester vide/,
      prepare: async (page) => {
        await fill(page, { email: 'robot@example.test', body: unique('Robot') })
        await page
          .locator('[data-testid="comment-form"]:visible input[name="website"]')
          .evaluate((input: HTMLInputElement) => (input.value = 'http://robot.example'))
      },
    },
  ]
  for (const refusal of refusals) {
    test(`refus : ${refusal.name}, message en français et texte conservé`, async ({ page }) => {
      await page.goto(`${ARTICLE}#formulaire`)
      await hydrated(page)
      await refusal.prepare(page)
      const typed = await formOf(page).getByLabel('Commentaire', { exact: true }).inputValue()
      await formOf(page).getByRole('button', { name: 'Publier le commentaire' }).click()
      await expect(formOf(page).getByTestId(`erreur-${refusal.field}`)).toHaveText(refusal.message)
      await expect(formOf(page).getByLabel('Commentaire', { exact: true })).toHaveValue(typed)
      if (refusal.field !== 'website') {
        await expect(formOf(page).locator(`[name="${refusal.field}"]`)).toHaveAttribute(
          'aria-invalid',
          'true',
        )
      }
    })
  }

  test('refus : envoi trop rapide, message en français et texte conservé', async ({ page }) => {
    await page.goto(`${ARTICLE}#formulaire`)
    await hydrated(page)
    const body = unique('Trop rapide')
    await fill(page, { email: 'rapide@example.test', body, consent: false })
    const button = formOf(page).getByRole('button', { name: 'Publier le commentaire' })
    await button.click()
    await expect(formOf(page).getByTestId('erreur-consent')).toBeVisible()
    // The refusal renewed the start token: sending again at once is too fast.
    await formOf(page)
      .getByLabel(/J’accepte que mes données/)
      .check()
    await button.click()
    await expect(formOf(page).getByTestId('erreur-form')).toHaveText(/très vite/)
    await expect(formOf(page).getByLabel('Commentaire', { exact: true })).toHaveValue(body)
  })
})

test.describe('commentaires sans JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test.slow()

  test('voter puis retirer son vote, sans JavaScript', async ({ page }) => {
    await page.goto(VOTE_ARTICLE)
    // Not the comment of the test with JavaScript: one standing vote per address and comment.
    const id = await page
      .locator('[data-testid="comment-thread"]:visible [data-testid="comment"]')
      .nth(1)
      .getAttribute('data-comment-id')
    const comment = () => page.locator(`[data-comment-id="${id}"]:visible`).first()
    const button = () => comment().getByTestId('vote').first()
    const before = Number(((await button().textContent()) ?? '').replace(/\D/g, ''))
    const click = async () => {
      await button().click()
      await page.waitForLoadState('domcontentloaded')
    }
    // The first click only gives the browser its voter id.
    await click()
    await expect(
      comment()
        .getByText(/Cliquez de nouveau sur « Utile »/)
        .first(),
    ).toBeVisible()
    expect(storedVotes(id)).toBe(before)
    await click()
    await expect(comment().getByText('Merci, votre vote est enregistré.').first()).toBeVisible()
    await expect(button()).toHaveText(`Utile (${before + 1})`)
    expect(storedVotes(id)).toBe(before + 1)
    await click()
    await expect(comment().getByText('Votre vote est retiré.').first()).toBeVisible()
    await expect(button()).toHaveText(`Utile (${before})`)
    expect(storedVotes(id)).toBe(before)
  })

  test('le formulaire s’envoie et la page de l’article affiche le même message', async ({
    page,
  }) => {
    await page.goto(ARTICLE)
    const email = `${unique('nojs').replace(' ', '-')}@example.test`
    const body = unique('Un avis déposé sans JavaScript')
    await fill(page, { email, body })
    await send(page)
    // Post/Redirect/Get: back on the article, at the anchor of the confirmation.
    expect(new URL(page.url()).pathname).toBe(ARTICLE)
    expect(new URL(page.url()).hash).toBe('#commentaire-en-attente')
    await expect(page.locator('[data-testid="comment-confirmation-sans-js"]:visible')).toHaveText(
      PENDING,
    )
    const [doc] = await storedBy(email)
    expect(doc).toMatchObject({ status: 'pending', authorEmail: email, body })
  })

  test('un refus garde le texte saisi et affiche l’erreur', async ({ page }) => {
    await page.goto(ARTICLE)
    const body = unique('Sans JavaScript, sans consentement')
    await fill(page, { email: 'nojs-refus@example.test', body, consent: false })
    await formOf(page).getByRole('button', { name: 'Publier le commentaire' }).click()
    await expect(formOf(page).getByTestId('erreur-consent')).toHaveText(/Cochez cette case/)
    await expect(formOf(page).getByLabel('Commentaire', { exact: true })).toHaveValue(body)
    // Corrected on the answer page, the comment is accepted.
    const email = `${unique('nojs-corrige').replace(' ', '-')}@example.test`
    await formOf(page).getByLabel('Adresse e-mail', { exact: true }).fill(email)
    await formOf(page)
      .getByLabel(/J’accepte que mes données/)
      .check()
    await send(page)
    await expect(page.locator('[data-testid="comment-confirmation-sans-js"]:visible')).toHaveText(
      PENDING,
    )
    expect(await storedBy(email)).toHaveLength(1)
  })

  test('« Charger plus » et « Afficher tous les commentaires » sans JavaScript', async ({
    page,
  }) => {
    await checkPages(page)
  })

  test('lien permanent sans JavaScript', async ({ page }) => {
    await checkPermalink(page)
  })

  test('avatars à initiales sans JavaScript', async ({ page }) => {
    await checkAvatars(page)
  })

  test('suivre les commentaires sans commenter, sans JavaScript', async ({ page }) => {
    await checkFollow(page, 'suivi-nojs')
  })

  test('l’auteur modifie son commentaire sans JavaScript', async ({ page }) => {
    await checkEdit(page, 'modif-nojs', '#commentaire-en-attente')
  })

  test('un envoi trop volumineux est refusé avant d’être lu', async ({ request }) => {
    const response = await request.post(`${ARTICLE}/commentaires`, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      data: `body=${'a'.repeat(70_000)}`,
    })
    expect(response.status()).toBe(413)
    expect(await response.text()).toContain('trop volumineux')
  })
})

test('aucune adresse e-mail de commentateur dans les pages publiques', async ({ request }) => {
  test.slow()
  const emails = [
    ...new Set(demoOfType('comment').map((comment) => String(comment.authorEmail).toLowerCase())),
  ]
  expect(emails.length).toBeGreaterThan(10)
  const paths = ['/', ...demoOfType('article').map((article) => `/articles/${slugOf(article)}`)]
  for (const url of paths) {
    const response = await request.get(url)
    expect(response.status(), url).toBe(200)
    const html = (await response.text()).toLowerCase()
    for (const email of emails) expect(html.includes(email), `${email} dans ${url}`).toBe(false)
    expect(html).not.toContain('authoremail')
  }
})
