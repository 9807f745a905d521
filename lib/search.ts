import { z } from 'zod'

import type { SearchIndexQueryResult } from '@/sanity.types'

/*
 * Site search over the compact index of `searchIndexQuery`. groq-js has no `text::query`, so the
 * ranking runs here, identically for the embedded lake and the hosted Content Lake.
 */

/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 200

/** Shorter words are ignored (« à », « l’ ») and a query made only of them is too short. */
export const MIN_TOKEN_LENGTH = 2

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' }
const WORD_CHAR = /[\p{L}\p{N}]/u

/** Text folded for matching, with the original range each folded character comes from. */
interface Folded {
  text: string
  from: number[]
  to: number[]
}

function fold(text: string): Folded {
  let folded = ''
  const from: number[] = []
  const to: number[] = []
  let index = 0
  for (const char of text) {
    const out = LIGATURES[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    for (let i = 0; i < out.length; i++) {
      from.push(index)
      to.push(index + char.length)
    }
    folded += out
    index += char.length
  }
  return { text: folded, from, to }
}

/** Lower case without diacritics or ligatures: « Coopérative Œuvre » → « cooperative oeuvre ». */
export function normalize(text: string): string {
  return fold(text).text
}

/** The distinct searchable words of a query, normalised. */
export function tokenize(query: string): string[] {
  const words = normalize(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= MIN_TOKEN_LENGTH)
  return [...new Set(words)]
}

const rawQuery = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')))
  .pipe(
    z
      .string()
      .trim()
      .max(MAX_QUERY_LENGTH, {
        error: `Votre recherche dépasse ${MAX_QUERY_LENGTH} caractères : raccourcissez-la.`,
      }),
  )

/** What the search page should do with the `q` parameter. */
export type ParsedQuery =
  | { status: 'empty' }
  | { status: 'short'; query: string }
  | { status: 'invalid'; message: string }
  | { status: 'ok'; query: string; tokens: string[] }

/** Validates the `q` search parameter (a string, repeated or absent). */
export function parseSearchQuery(raw: unknown): ParsedQuery {
  const parsed = rawQuery.safeParse(raw)
  if (!parsed.success) {
    return { status: 'invalid', message: parsed.error.issues[0]?.message ?? 'Recherche invalide.' }
  }
  const query = parsed.data
  if (!query) return { status: 'empty' }
  const tokens = tokenize(query)
  return tokens.length === 0 ? { status: 'short', query } : { status: 'ok', query, tokens }
}

interface Match {
  start: number
  end: number
  exact: boolean
}

/** Occurrences of a token at the start of a word of folded text. */
function matchesIn(folded: string, token: string): Match[] {
  const matches: Match[] = []
  for (let at = folded.indexOf(token); at !== -1; at = folded.indexOf(token, at + 1)) {
    if (at > 0 && WORD_CHAR.test(folded[at - 1] ?? '')) continue
    const end = at + token.length
    matches.push({ start: at, end, exact: !WORD_CHAR.test(folded[end] ?? '') })
  }
  return matches
}

/** A searchable field and its weight: titles and names outrank standfirsts, then bodies. */
export interface SearchField {
  text: string | null | undefined
  weight: number
}

export interface Hit<T> {
  item: T
  score: number
}

const PREFIX_FACTOR = 0.6

/**
 * Items where every token starts a word of some field, best first; equal scores keep the
 * input order (newest articles, people and organisations alphabetically).
 */
export function rank<T>(
  items: readonly T[],
  tokens: readonly string[],
  fieldsOf: (item: T) => SearchField[],
): Hit<T>[] {
  if (tokens.length === 0) return []
  const hits: Hit<T>[] = []
  for (const item of items) {
    const fields = fieldsOf(item).map((field) => ({
      text: normalize(field.text ?? ''),
      weight: field.weight,
    }))
    let score = 0
    for (const token of tokens) {
      let best = 0
      for (const field of fields) {
        const matches = matchesIn(field.text, token)
        if (matches.length === 0) continue
        const factor = matches.some((match) => match.exact) ? 1 : PREFIX_FACTOR
        best = Math.max(best, field.weight * factor)
      }
      if (best === 0) {
        score = 0
        break
      }
      score += best
    }
    // A title or name that begins with the query reads as the answer.
    const title = fields[0]?.text ?? ''
    if (score > 0 && tokens[0] && title.startsWith(tokens[0])) score += 2
    if (score > 0) hits.push({ item, score })
  }
  // Array.prototype.sort is stable: equal scores keep the index order.
  return hits.sort((a, b) => b.score - a.score)
}

/** A piece of text, marked when it matched the query. */
export interface Segment {
  text: string
  match: boolean
}

/** Splits text into segments, the words matching a token marked (for `<mark>`). */
export function highlight(text: string, tokens: readonly string[]): Segment[] {
  const folded = fold(text)
  const ranges = tokens
    .flatMap((token) => matchesIn(folded.text, token))
    .map((match) => ({ start: folded.from[match.start] ?? 0, end: folded.to[match.end - 1] ?? 0 }))
    .sort((a, b) => a.start - b.start)
  const segments: Segment[] = []
  let cursor = 0
  for (const range of ranges) {
    if (range.end <= cursor) continue
    const start = Math.max(range.start, cursor)
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false })
    segments.push({ text: text.slice(start, range.end), match: true })
    cursor = range.end
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false })
  return segments
}

/** True when some token starts a word of the text. */
export function matches(text: string | null | undefined, tokens: readonly string[]): boolean {
  if (!text) return false
  const folded = normalize(text)
  return tokens.some((token) => matchesIn(folded, token).length > 0)
}

/** About `length` characters of text around its first match, cut at spaces, « … » marking cuts. */
export function excerpt(text: string, tokens: readonly string[], length = 220): string | null {
  const folded = fold(text)
  const first = Math.min(
    ...tokens.flatMap((token) => matchesIn(folded.text, token).map((match) => match.start)),
  )
  if (!Number.isFinite(first)) return null
  const at = folded.from[first] ?? 0
  let start = Math.max(0, at - Math.round(length / 3))
  let end = Math.min(text.length, start + length)
  if (start > 0) start = text.indexOf(' ', start) + 1 || start
  if (end < text.length) end = text.lastIndexOf(' ', end) > at ? text.lastIndexOf(' ', end) : end
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`
}

type Index = SearchIndexQueryResult
export type ArticleEntry = Index['articles'][number]
export type PersonEntry = Index['people'][number]
export type OrganisationEntry = Index['organisations'][number]

/** Ranked results, grouped as the page shows them. */
export interface SearchResults {
  articles: Hit<ArticleEntry>[]
  people: Hit<PersonEntry>[]
  organisations: Hit<OrganisationEntry>[]
  total: number
}

/** The text an article is searched in, besides its headline and standfirst. */
export function articleBodyText(article: ArticleEntry): string {
  return [article.body, ...(article.questions ?? []), article.answers].filter(Boolean).join(' ')
}

/** Searches the whole index; every token must match somewhere in a result. */
export function searchIndex(index: Index, tokens: readonly string[]): SearchResults {
  const articles = rank(index.articles, tokens, (article) => [
    { text: article.headline, weight: 10 },
    { text: article.names.filter(Boolean).join(' · '), weight: 6 },
    { text: article.standfirst, weight: 4 },
    { text: article.series, weight: 3 },
    { text: (article.organisations ?? []).join(' · '), weight: 3 },
    { text: (article.tags ?? []).join(' · '), weight: 3 },
    { text: articleBodyText(article), weight: 1 },
  ])
  const people = rank(index.people, tokens, (person) => [
    { text: person.name, weight: 10 },
    { text: person.jobTitle, weight: 4 },
  ])
  const organisations = rank(index.organisations, tokens, (organisation) => [
    { text: organisation.name, weight: 10 },
    { text: organisation.shortName, weight: 8 },
    { text: organisation.city, weight: 3 },
  ])
  return {
    articles,
    people,
    organisations,
    total: articles.length + people.length + organisations.length,
  }
}
