import { readFileSync } from 'node:fs'
import path from 'node:path'

import { monthsOf, type MonthKey } from '../../lib/archive'

/** A document of the demo dataset, as exported: only the fields the specs read are named. */
export interface DemoDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

let cache: DemoDocument[] | undefined

/** The demo dataset the e2e server was seeded with (content/demo/data.ndjson). */
export function demoDocuments(): DemoDocument[] {
  cache ??= readFileSync(path.resolve('content/demo/data.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as DemoDocument)
  return cache
}

export function demoOfType(type: string): DemoDocument[] {
  return demoDocuments().filter((doc) => doc._type === type && !doc._id.startsWith('drafts.'))
}

export function demoById(id: string): DemoDocument | undefined {
  return demoDocuments().find((doc) => doc._id === id)
}

export function slugOf(doc: DemoDocument): string {
  const slug = doc.slug as { current?: string } | undefined
  if (!slug?.current) throw new Error(`${doc._id} n’a pas de slug`)
  return slug.current
}

export function refOf(value: unknown): string | undefined {
  return (value as { _ref?: string } | undefined)?._ref
}

/** Months (« 2026-11 », Paris time) in which a series published articles, newest first. */
export function seriesMonths(seriesId: string): MonthKey[] {
  return monthsOf(
    demoOfType('article')
      .filter((article) => refOf(article.series) === seriesId)
      .map((article) => String(article.publishedAt)),
  )
}

/** Every public reader page of the demo data besides articles: indexes and document pages. */
export function readerPaths(): string[] {
  const people = demoOfType('person')
  return [
    '/personnalites',
    '/organisations',
    ...people.map((person) => `/personnalites/${slugOf(person)}`),
    ...people.filter((person) => person.isJournalist).map((person) => `/auteurs/${slugOf(person)}`),
    ...demoOfType('organisation').map((organisation) => `/organisations/${slugOf(organisation)}`),
    ...demoOfType('series').flatMap((series) => [
      `/rubriques/${slugOf(series)}`,
      ...seriesMonths(series._id).map((month) => `/rubriques/${slugOf(series)}/${month}`),
    ]),
    ...demoOfType('tag').map((tag) => `/themes/${slugOf(tag)}`),
  ]
}
