import { expect, test, type Page } from '@playwright/test'

/*
 * The whole article with the keyboard alone: every Tab stop shows its focus, the stops include
 * each interactive part of the page, nothing traps the focus, and a comment can be written and
 * sent without a pointer.
 */
const ARTICLE = '/articles/3-questions-a-helene-varambon'
const PENDING = 'Votre commentaire est en attente de modération.'
const MAX_STOPS = 400

interface Stop {
  tag: string
  text: string
  href: string | null
  name: string | null
  testid: string | null
  /** aria-label of the closest labelled navigation, if any. */
  nav: string | null
  inBody: boolean
  inShare: boolean
  inFooter: boolean
  focusVisible: boolean
  key: string
}

/** What is focused now, or null when the focus has left the page (back to the browser). */
async function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body || el === document.documentElement) return null
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const ring = style.boxShadow !== 'none' && style.boxShadow !== ''
    const path: string[] = []
    for (let node: Element | null = el; node && node !== document.body; node = node.parentElement)
      path.unshift(`${node.tagName}:${[...(node.parentElement?.children ?? [])].indexOf(node)}`)
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
      href: el.getAttribute('href'),
      name: el.getAttribute('name'),
      testid: el.getAttribute('data-testid'),
      nav: el.closest('nav[aria-label]')?.getAttribute('aria-label') ?? null,
      inBody: Boolean(el.closest('#corps-article')),
      inShare: Boolean(el.closest('[data-testid="share"]')),
      inFooter: Boolean(el.closest('footer[role="contentinfo"]')),
      focusVisible: el.matches(':focus-visible') && (outline || ring),
      key: path.join('/'),
    }
  })
}

/** Presses Tab until `match` holds for the focused element (bounded: fails rather than loops). */
async function tabTo(page: Page, match: (stop: Stop) => boolean, what: string): Promise<Stop> {
  for (let i = 0; i < MAX_STOPS; i++) {
    await page.keyboard.press('Tab')
    const stop = await focused(page)
    if (stop && match(stop)) return stop
  }
  throw new Error(`Tab n’atteint pas : ${what}`)
}

/** The article with its client parts live (copy button, form), keyboard focus at the top. */
async function openArticle(page: Page, path = ARTICLE) {
  await page.goto(path)
  await expect(page.locator('[data-testid="comment-form"]:visible')).toHaveAttribute(
    'data-hydrated',
    'true',
    { timeout: 60_000 },
  )
  await expect(page.getByTestId('copy-link')).toBeVisible()
}

test.describe('article au clavier', () => {
  test.slow()

  test('le lien d’évitement est le premier arrêt et mène au contenu', async ({ page }) => {
    await openArticle(page)
    await page.keyboard.press('Tab')
    const first = await focused(page)
    expect(first?.text).toBe('Aller au contenu')
    expect(first?.focusVisible, 'le lien d’évitement est visible au focus').toBe(true)
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.locator('main#contenu')).toBeFocused()
    await page.keyboard.press('Tab')
    const next = await focused(page)
    expect(next?.nav, 'après l’évitement, le fil d’Ariane du contenu').toBe('Fil d’Ariane')
  })

  test('chaque arrêt de tabulation est visible, tout est atteint, rien ne piège', async ({
    page,
  }) => {
    await openArticle(page)
    const stops: Stop[] = []
    let left = false
    for (let i = 0; i < MAX_STOPS; i++) {
      await page.keyboard.press('Tab')
      const stop = await focused(page)
      if (!stop) {
        left = true
        break
      }
      // A trap shows up as the same element twice in a row, or a cycle before the end.
      expect(stops.at(-1)?.key, `le focus reste bloqué sur « ${stop.text} »`).not.toBe(stop.key)
      expect(
        stops.some((seen) => seen.key === stop.key),
        `le focus revient sur « ${stop.text} » avant la fin de la page`,
      ).toBe(false)
      stops.push(stop)
    }
    console.log(`clavier : ${stops.length} arrêts de tabulation sur ${ARTICLE}`)
    expect(left, `la tabulation quitte la page après ${MAX_STOPS} arrêts au plus`).toBe(true)
    expect(stops.at(-1)?.inFooter, 'le dernier arrêt est dans le pied de page').toBe(true)

    const invisible = stops.filter((stop) => !stop.focusVisible).map((stop) => stop.text)
    expect(invisible, 'arrêts sans focus visible').toEqual([])

    expect(stops[0]?.text).toBe('Aller au contenu')
    const reached = (what: string, match: (stop: Stop) => boolean) =>
      expect(stops.some(match), `Tab atteint : ${what}`).toBe(true)
    reached('le fil d’Ariane', (stop) => stop.nav === 'Fil d’Ariane')
    reached('une personnalité citée', (s) => s.inBody && /^\/personnalites\//.test(s.href ?? ''))
    reached('une organisation citée', (s) => s.inBody && /^\/organisations\//.test(s.href ?? ''))
    for (const label of ['Copier le lien', 'LinkedIn', 'X', 'E-mail'])
      reached(`le partage « ${label} »`, (stop) => stop.inShare && stop.text === label)
    reached('« Commenter ce passage »', (stop) => stop.text === 'Commenter ce passage')
    for (const label of ['Le plus récent', 'Le plus ancien', 'Le plus populaire'])
      reached(`le tri « ${label} »`, (s) => s.nav === 'Trier les commentaires' && s.text === label)
    reached('le vote', (stop) => stop.testid === 'vote')
    reached('« Répondre »', (stop) => stop.text.startsWith('Répondre'))
    for (const name of ['body', 'name', 'email', 'notifyThread', 'notifyReplies', 'consent'])
      reached(`le champ ${name}`, (stop) => stop.name === name)
    reached('l’envoi', (stop) => stop.text === 'Publier le commentaire')

    // Past the end the focus comes back to the top of the page.
    await page.keyboard.press('Tab')
    expect((await focused(page))?.text).toBe('Aller au contenu')
  })

  test('« Copier le lien » copie l’adresse canonique avec Entrée', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openArticle(page)
    await tabTo(page, (stop) => stop.testid === 'copy-link', 'Copier le lien')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('share').getByRole('status')).toHaveText('Lien copié.')
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect(canonical).toMatch(/\/articles\/3-questions-a-helene-varambon$/)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical)
  })

  test('un commentaire sur un passage s’écrit et s’envoie au clavier seul', async ({ page }) => {
    await openArticle(page)
    await tabTo(page, (stop) => stop.text === 'Commenter ce passage', 'Commenter ce passage')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\?passage=/)
    const form = page.locator('[data-testid="comment-form"]:visible')
    await expect(form.getByTestId('passage-target')).toBeVisible()

    await tabTo(page, (stop) => stop.name === 'body', 'le champ Commentaire')
    const stamp = Date.now().toString(36)
    await page.keyboard.type(`Écrit au clavier seul ${stamp}`)
    const next = async (name: string) => {
      await page.keyboard.press('Tab')
      expect((await focused(page))?.name).toBe(name)
    }
    await next('name')
    await page.keyboard.type('Clara Clavier')
    await next('email')
    await page.keyboard.type(`clavier-${stamp}@example.test`)
    await next('notifyThread')
    await next('notifyReplies')
    await next('consent')
    await page.keyboard.press('Space')
    await expect(form.getByLabel(/J’accepte que mes données/)).toBeChecked()
    await page.keyboard.press('Tab')
    expect((await focused(page))?.text).toBe('Publier le commentaire')
    // The form refuses sends faster than 3 s after it was shown.
    await page.waitForTimeout(3_500)
    await page.keyboard.press('Enter')
    await expect(form.getByTestId('comment-confirmation')).toHaveText(PENDING)
  })
})
