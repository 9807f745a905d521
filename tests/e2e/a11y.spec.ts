import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { demoOfType, seriesMonths, slugOf } from './demo-data'

/*
 * axe-core on every page type, in the light and the dark colour scheme (contrast differs). A
 * violation fails with its rule, impact and the elements at fault, so the fix is findable.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

const articles = demoOfType('article')
const nonInterview = articles.find((article) => article.kind !== 'interview')
const person = demoOfType('person').find((doc) => slugOf(doc) === 'helene-varambon')
const journalist = demoOfType('person').find((doc) => doc.isJournalist)
const organisation = demoOfType('organisation')[0]
const tag = demoOfType('tag')[0]
const series = demoOfType('series').find((doc) => slugOf(doc) === 'nomination-du-mois')
const month = series ? seriesMonths(series._id)[1] : undefined

const pages: { name: string; path: string }[] = [
  { name: 'accueil', path: '/' },
  { name: 'entretien', path: '/articles/3-questions-a-helene-varambon' },
  { name: 'entretien au fil de plusieurs pages', path: '/articles/3-questions-a-nadia-ferrandou' },
  { name: 'modifier mon commentaire', path: '/commentaires/modifier' },
  { name: 'article (autre genre)', path: `/articles/${nonInterview ? slugOf(nonInterview) : ''}` },
  { name: 'personnalité', path: `/personnalites/${person ? slugOf(person) : ''}` },
  { name: 'organisation', path: `/organisations/${organisation ? slugOf(organisation) : ''}` },
  { name: 'rubrique', path: '/rubriques/nomination-du-mois' },
  { name: 'archive mensuelle', path: `/rubriques/nomination-du-mois/${month ?? ''}` },
  { name: 'thème', path: `/themes/${tag ? slugOf(tag) : ''}` },
  { name: 'auteur', path: `/auteurs/${journalist ? slugOf(journalist) : ''}` },
  { name: 'recherche sans accent', path: '/recherche?q=veronique' },
  { name: 'recherche', path: '/recherche?q=num%C3%A9ria' },
  { name: 'recherche sans résultat', path: '/recherche?q=zzzzzz' },
  { name: 'index des personnalités', path: '/personnalites' },
  { name: 'index des organisations', path: '/organisations' },
  { name: 'page introuvable', path: '/cette-page-n-existe-pas' },
  { name: 'données personnelles', path: '/donnees-personnelles' },
  { name: 'connexion modération', path: '/moderation/connexion' },
]

const checked = { runs: 0, rules: new Set<string>() }

async function audit(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme })
  // The dark theme changes colours only: its audit runs the colour rules, the light one all.
  const builder = new AxeBuilder({ page })
  const results = await (
    scheme === 'light' ? builder.withTags(TAGS) : builder.withRules(COLOUR_RULES)
  ).analyze()
  checked.runs += 1
  for (const rule of [...results.passes, ...results.violations, ...results.incomplete])
    checked.rules.add(rule.id)
  const report = results.violations.map(
    (violation) =>
      `${scheme} · ${violation.id} (${violation.impact}) ${violation.help}\n` +
      violation.nodes
        .slice(0, 5)
        .map((node) => `    ${node.target.join(' ')} — ${node.failureSummary ?? ''}`)
        .join('\n'),
  )
  return report
}

test.describe('accessibilité (axe-core)', () => {
  test.slow()

  for (const { name, path } of pages) {
    test(`${name} : aucune violation, thème clair et sombre (${path})`, async ({ page }) => {
      await page.goto(path)
      // Streamed parts (thread, results) must be in before the audit.
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1, { timeout: 30_000 })
      await page.waitForLoadState('load')
      const report = [...(await audit(page, 'light')), ...(await audit(page, 'dark'))]
      expect(report, report.join('\n')).toEqual([])
    })
  }

  test.afterAll(() => {
    console.log(
      `axe-core : ${checked.runs} audits (${pages.length} pages, thème clair : toutes les ` +
        `règles, thème sombre : ${COLOUR_RULES.join(', ')}), ${checked.rules.size} règles appliquées`,
    )
  })
})
