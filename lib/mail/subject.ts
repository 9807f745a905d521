/*
 * Subject lines. Inboxes show the first 60 to 100 characters: a subject names who wrote the
 * comment before the article's headline, and anything too long is shortened at a word
 * boundary with « … », never cut inside a word.
 */

/** The longest subject a mail builder produces. */
export const SUBJECT_MAX = 100

/** Shortens `value` to at most `max` characters at a word boundary, ending with « … ». */
export function shortenAtWord(value: string, max: number): string {
  const clean = value.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, Math.max(1, max - 1))
  const space = cut.lastIndexOf(' ')
  const kept = space > 0 ? cut.slice(0, space) : cut
  // No dangling punctuation or opening quote before the ellipsis.
  return `${kept.replace(/[\s,;:«(—–-]+$/u, '')}…`
}

/**
 * « <lead> <author> sur « <headline> » », the author kept whole (up to 40 characters) and the
 * headline shortened so the line fits in `SUBJECT_MAX`.
 */
export function commentSubject(lead: string, author: string, headline: string): string {
  const who = shortenAtWord(author, 40) || 'Anonyme'
  const head = `${lead} ${who} sur « `
  const room = Math.max(20, SUBJECT_MAX - head.length - 2)
  return `${head}${shortenAtWord(headline, room)} »`
}
