/*
 * Plain-text helpers for comments, safe on server and client: links, counts and dates. Nothing
 * here produces HTML; React escapes every text segment when it renders them.
 */

/** A piece of a comment body: text to escape, or a link whose href is a checked http(s) URL. */
export type BodySegment =
  { type: 'text'; text: string } | { type: 'link'; href: string; text: string }

// A URL starts with http(s):// or www. and runs until whitespace or a character that cannot be
// part of it unescaped; trailing punctuation belongs to the sentence, not to the link.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^\u00A0\u202F]+/giu
const TRAILING = /[.,;:!?»)\]'’]+$/u

/** Checked absolute href for a matched URL, or null when it is not a plain http(s) URL. */
function safeHref(candidate: string): string | null {
  const absolute = /^www\./i.test(candidate) ? `https://${candidate}` : candidate
  try {
    const url = new URL(absolute)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    if (!url.hostname || url.username || url.password) return null
    return url.href
  } catch {
    return null
  }
}

/** Splits a comment body into text and link segments; links are http(s) only. */
export function linkify(body: string): BodySegment[] {
  const segments: BodySegment[] = []
  let last = 0
  const push = (text: string) => {
    if (!text) return
    const previous = segments.at(-1)
    if (previous?.type === 'text') previous.text += text
    else segments.push({ type: 'text', text })
  }
  for (const match of body.matchAll(URL_PATTERN)) {
    const start = match.index
    let candidate = match[0]
    // Keep a closing parenthesis that closes one opened inside the URL (Wikipedia style).
    const trailing = candidate.match(TRAILING)?.[0] ?? ''
    candidate = candidate.slice(0, candidate.length - trailing.length)
    if (trailing.startsWith(')') && candidate.includes('(')) candidate += ')'
    const href = safeHref(candidate)
    push(body.slice(last, start))
    if (href) segments.push({ type: 'link', href, text: candidate })
    else push(candidate)
    last = start + candidate.length
  }
  push(body.slice(last))
  return segments
}

/** Number of links a body contains (spam rule: more than two holds the comment). */
export function countLinks(body: string): number {
  return linkify(body).filter((segment) => segment.type === 'link').length
}

/** « Aucun commentaire », « 1 commentaire », « 12 commentaires », « 1 234 commentaires ». */
export function commentCountLabel(count: number): string {
  if (count <= 0) return 'Aucun commentaire'
  // French: 0 and 1 take the singular; 0 is worded « aucun » above.
  return `${count.toLocaleString('fr-FR')} ${count < 2 ? 'commentaire' : 'commentaires'}`
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

const relative = new Intl.RelativeTimeFormat('fr-FR', { numeric: 'auto' })

/** « il y a 3 jours », « hier », « à l’instant »: a past date relative to `now`. */
export function relativeDateFr(date: Date | string, now: Date = new Date()): string {
  const seconds = Math.round((new Date(date).getTime() - now.getTime()) / 1000)
  if (Number.isNaN(seconds)) return ''
  if (Math.abs(seconds) < 60) return 'à l’instant'
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit)
  }
  return 'à l’instant'
}

const exact = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
})

/** « 17 novembre 2026 à 09:42 » (Paris time), for a `title` attribute. */
export function exactDateFr(date: Date | string): string {
  const value = new Date(date)
  return Number.isNaN(value.getTime()) ? '' : exact.format(value)
}

/**
 * A passage as a comment quotes it when the reader selected nothing: the whole text when it fits
 * in `max` characters, else its start cut at a word boundary and ended with « … ».
 */
export function passageExcerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const chars = [...flat]
  if (chars.length <= max) return flat
  const cut = chars.slice(0, max - 1).join('')
  // Back to the last whole word, unless the passage is one unbroken word.
  const atWord = cut.replace(/\s+\S*$/, '')
  return `${(atWord || cut).replace(/[\s,;:.!?«—–-]+$/u, '')}…`
}
