/**
 * Mail bodies: every message is written once as structured content and rendered twice, as plain
 * text and as simple HTML. Reader-supplied strings (names, comment bodies) only ever reach the
 * HTML through `escapeHtml`, never as markup.
 */

/** A quoted comment: who wrote it and what. */
export interface MailQuote {
  author: string
  body: string
}

/** The content of one mail, before rendering. */
export interface MailContent {
  /** First line, « Bonjour Camille, ». */
  greeting: string
  paragraphs: string[]
  quote?: MailQuote
  /** The main link, rendered as a button in HTML and as a bare URL in text. */
  action?: { label: string; url: string }
  /** Small print under a rule: why this mail was sent, how to stop it. */
  footer: string[]
  /** Link to stop these mails, shown in the footer. */
  unsubscribe?: { label: string; url: string }
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for an HTML element or a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)
}

/** Shortens a comment body for a notification, on a word boundary. */
export function excerpt(body: string, max = 600): string {
  const clean = body.trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`
}

function paragraphHtml(text: string): string {
  return `<p style="margin:0 0 16px">${escapeHtml(text).replace(/\r?\n/g, '<br>')}</p>`
}

/** Renders the plain-text and HTML versions of a mail. */
export function renderMail(content: MailContent): { text: string; html: string } {
  const text: string[] = [content.greeting, '', ...content.paragraphs.flatMap((p) => [p, ''])]
  if (content.quote) {
    text.push(`${content.quote.author} :`)
    text.push(...content.quote.body.split(/\r?\n/).map((line) => `> ${line}`), '')
  }
  if (content.action) text.push(`${content.action.label} :`, content.action.url, '')
  text.push('-- ', ...content.footer)
  if (content.unsubscribe) text.push(`${content.unsubscribe.label} : ${content.unsubscribe.url}`)

  const html: string[] = [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"></head>',
    '<body style="margin:0;padding:24px;font-family:Georgia,serif;color:#1a1a1a;line-height:1.5">',
    '<div style="max-width:560px;margin:0 auto">',
    paragraphHtml(content.greeting),
    ...content.paragraphs.map(paragraphHtml),
  ]
  if (content.quote) {
    html.push(
      '<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:3px solid #999">',
      `<p style="margin:0 0 8px;font-weight:bold">${escapeHtml(content.quote.author)}</p>`,
      paragraphHtml(content.quote.body),
      '</blockquote>',
    )
  }
  if (content.action) {
    html.push(
      `<p style="margin:0 0 24px"><a href="${escapeHtml(content.action.url)}" ` +
        'style="display:inline-block;padding:10px 16px;background:#1a1a1a;color:#fff;' +
        `text-decoration:none">${escapeHtml(content.action.label)}</a></p>`,
    )
  }
  html.push('<hr style="border:0;border-top:1px solid #ccc">')
  html.push(
    ...content.footer.map((line) => `<p style="font-size:13px;color:#555">${escapeHtml(line)}</p>`),
  )
  if (content.unsubscribe) {
    html.push(
      `<p style="font-size:13px"><a href="${escapeHtml(content.unsubscribe.url)}">` +
        `${escapeHtml(content.unsubscribe.label)}</a></p>`,
    )
  }
  html.push('</div></body></html>')
  return { text: text.join('\n'), html: html.join('\n') }
}
