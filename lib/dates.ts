const TIME_ZONE = 'Europe/Paris'

/** French month names, January first (career entries store a month number 1–12). */
export const FRENCH_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const

const longDate = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
})

const monthYear = new Intl.DateTimeFormat('fr-FR', {
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
})

/** « 12 octobre 2026 », « 1er mars 2026 ». */
export function formatDate(iso: string): string {
  return longDate.format(new Date(iso)).replace(/^1 /, '1er ')
}

/** « octobre 2026 ». */
export function formatMonth(iso: string): string {
  return monthYear.format(new Date(iso))
}

/** A date-only value (« 2023-06 » or « 2023-06-15 ») as « juin 2023 » or « 15 juin 2023 ». */
export function formatPartialDate(value: string): string {
  if (/^\d{4}$/.test(value)) return value
  if (/^\d{4}-\d{2}$/.test(value)) return formatMonth(`${value}-15T12:00:00Z`)
  return formatDate(`${value.slice(0, 10)}T12:00:00Z`)
}

const WORDS_PER_MINUTE = 230

/** Reading time in whole minutes, at least one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE))
}

/** Counts words in plain text (French elisions such as « l’entreprise » count as two). */
export function countWords(text: string): number {
  return text.split(/[\s’']+/u).filter((word) => /\p{L}|\p{N}/u.test(word)).length
}
