import { describe, expect, it } from 'vitest'

import {
  adjacentMonths,
  formatMonthKey,
  groupByMonth,
  isMonthKey,
  monthKeyOf,
  monthRange,
  monthsOf,
} from '@/lib/archive'
import { resolveSeriesMonthHref } from '@/lib/href'

describe('monthKeyOf', () => {
  it('reads the month on the Paris clock, not the UTC one', () => {
    expect(monthKeyOf('2026-11-17T07:00:00Z')).toBe('2026-11')
    // 23:30 UTC on 30 November is already 1 December in Paris (UTC+1 in winter).
    expect(monthKeyOf('2026-11-30T23:30:00Z')).toBe('2026-12')
    // 22:30 UTC on 31 May is 00:30 on 1 June in Paris (UTC+2 in summer).
    expect(monthKeyOf('2026-05-31T22:30:00Z')).toBe('2026-06')
    expect(monthKeyOf('2026-05-31T21:30:00Z')).toBe('2026-05')
  })
})

describe('isMonthKey', () => {
  it('accepts real months only', () => {
    expect(isMonthKey('2026-11')).toBe(true)
    expect(isMonthKey('2026-01')).toBe(true)
    for (const value of ['2026-13', '2026-00', '2026-1', '26-01', '2026-11-01', 'novembre', '']) {
      expect(isMonthKey(value), value).toBe(false)
    }
  })
})

describe('monthRange', () => {
  it('gives the UTC bounds of a Paris month, winter and summer', () => {
    expect(monthRange('2026-11')).toEqual({
      start: '2026-10-31T23:00:00Z',
      end: '2026-11-30T23:00:00Z',
    })
    expect(monthRange('2026-06')).toEqual({
      start: '2026-05-31T22:00:00Z',
      end: '2026-06-30T22:00:00Z',
    })
    // The clocks change within March and October: each bound uses its own offset.
    expect(monthRange('2026-03')).toEqual({
      start: '2026-02-28T23:00:00Z',
      end: '2026-03-31T22:00:00Z',
    })
    expect(monthRange('2026-12').end).toBe('2026-12-31T23:00:00Z')
  })

  it('contains exactly the instants monthKeyOf assigns to the month', () => {
    const { start, end } = monthRange('2026-12')
    expect(monthKeyOf(start)).toBe('2026-12')
    expect(monthKeyOf(new Date(Date.parse(start) - 1000).toISOString())).toBe('2026-11')
    expect(monthKeyOf(end)).toBe('2027-01')
  })
})

describe('month lists', () => {
  const articles = [
    { id: 'a', publishedAt: '2026-11-17T07:00:00Z' },
    { id: 'b', publishedAt: '2026-11-02T07:00:00Z' },
    { id: 'c', publishedAt: '2026-09-15T07:00:00Z' },
    { id: 'd', publishedAt: null },
    { id: 'e', publishedAt: '2026-04-14T07:00:00Z' },
  ]

  it('groups by month, newest month first, keeping the order within a month', () => {
    expect(groupByMonth(articles).map((g) => [g.month, g.items.map((i) => i.id)])).toEqual([
      ['2026-11', ['a', 'b']],
      ['2026-09', ['c']],
      ['2026-04', ['e']],
    ])
  })

  it('lists distinct months and finds the neighbours that have articles', () => {
    const months = monthsOf(articles.map((a) => a.publishedAt))
    expect(months).toEqual(['2026-11', '2026-09', '2026-04'])
    expect(adjacentMonths(months, '2026-09')).toEqual({ previous: '2026-04', next: '2026-11' })
    expect(adjacentMonths(months, '2026-11')).toEqual({ previous: '2026-09', next: null })
    expect(adjacentMonths(months, '2026-04')).toEqual({ previous: null, next: '2026-09' })
  })

  it('names months in French and maps them to archive URLs', () => {
    expect(formatMonthKey('2026-11')).toBe('novembre 2026')
    expect(formatMonthKey('2027-08')).toBe('août 2027')
    expect(resolveSeriesMonthHref('nomination-du-mois', '2026-11')).toBe(
      '/rubriques/nomination-du-mois/2026-11',
    )
    expect(resolveSeriesMonthHref(null, '2026-11')).toBeNull()
    expect(resolveSeriesMonthHref('nomination-du-mois', null)).toBeNull()
  })
})
