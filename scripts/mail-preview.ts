/**
 * `npm run mail:preview`: writes every mail of the site, built from sample data by its real
 * builder (lib/mail/previews.ts), to `.data/mail-preview/`: `<name>.html`, `<name>.txt` and an
 * `index.html` listing them with their subjects. Open the index in a browser; narrow the window
 * to see a phone's width. Links use NEXT_PUBLIC_SITE_URL (default http://localhost:3000).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { chooseSiteUrl } from '../lib/env/site-url'
import { escapeHtml } from '../lib/mail/template'
import { mailPreviews } from '../lib/mail/previews'

const choice = chooseSiteUrl(process.env)
const siteUrl = choice.ok ? choice.siteUrl : 'http://localhost:3000'
const dir = path.resolve('.data/mail-preview')
mkdirSync(dir, { recursive: true })
const previews = await mailPreviews(siteUrl)
for (const { name, mail } of previews) {
  writeFileSync(path.join(dir, `${name}.html`), mail.html)
  writeFileSync(path.join(dir, `${name}.txt`), `Objet : ${mail.subject}\n\n${mail.text}`)
}
const rows = previews.map(
  ({ name, when, mail }) =>
    `<li><a href="${name}.html">${escapeHtml(mail.subject)}</a> (<a href="${name}.txt">texte</a>)<br><small>${escapeHtml(when)}</small></li>`,
)
writeFileSync(
  path.join(dir, 'index.html'),
  `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Courriels de Kiosque</title><body style="font-family:sans-serif;max-width:40rem;margin:2rem auto;line-height:1.5"><h1>Courriels de Kiosque</h1><ul>${rows.join('')}</ul></body></html>\n`,
)
console.log(`${previews.length} courriels écrits dans ${path.join(dir, 'index.html')}`)
