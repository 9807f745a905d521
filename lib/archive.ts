/**
 * Month-by-month archives. Months are calendar months in Paris time, the newsroom's clock: an
 * article published at 00:30 on 1 December in Paris belongs to December even though it is still
 * 30 November in UTC.
 */

const TIME_ZONE = 'Europe/Paris'

const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

const monthYear = new Intl.DateTimeFormat('fr-FR', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** A month key, « 2026-11 », as used in archive URLs. */
export type MonthKey = `${number}-${number}`

function partsOf(date: Date): Record<string, number> {
  const parts: Record<string, number> = {}
  for (const part of parisParts.formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return parts
}

/** The Paris month of an instant, « 2026-11 ». */
export function monthKeyOf(iso: string): MonthKey {
  const { year = 0, month = 0 } = partsOf(new Date(iso))
  return `${year}-${String(month).padStart(2, '0')}` as MonthKey
}

/** True for a well-formed key of a real month (« 2026-11 », not « 2026-13 » nor « 26-1 »). */
export function isMonthKey(value: string): value is MonthKey {
  const match = /^(\d{4})-(\d{2})$/.exec(value)
  if (!match) return false
  const month = Number(match[2])
  return Number(match[1]) >= 1000 && month >= 1 && month <= 12
}

/** Milliseconds Paris is ahead of UTC at an instant (one or two hours). */
function parisOffset(utcMs: number): number {
  const p = partsOf(new Date(utcMs))
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour, p.minute, p.second)
  return wall - utcMs
}

/** UTC instant of midnight, Paris time, on the first day of a month (clock changes are at 2 am). */
function parisMonthStart(year: number, monthIndex: number): string {
  const naive = Date.UTC(year, monthIndex, 1)
  return new Date(naive - parisOffset(naive)).toISOString().replace('.000Z', 'Z')
}

/** The UTC bounds of a Paris month: `start` included, `end` excluded, for GROQ `dateTime()`. */
export function monthRange(key: MonthKey): { start: string; end: string } {
  const [year, month] = key.split('-').map(Number) as [number, number]
  return { start: parisMonthStart(year, month - 1), end: parisMonthStart(year, month) }
}

/** « novembre 2026 ». */
export function formatMonthKey(key: MonthKey): string {
  const [year, month] = key.split('-').map(Number) as [number, number]
  return monthYear.format(new Date(Date.UTC(year, month - 1, 15)))
}

/** The distinct months of a list of instants, newest first. */
export function monthsOf(dates: ReadonlyArray<string | null | undefined>): MonthKey[] {
  const keys = new Set<MonthKey>()
  for (const date of dates) if (date) keys.add(monthKeyOf(date))
  return [...keys].sort().reverse()
}

/** Items grouped by Paris month, newest month first, items keeping their order. */
export function groupByMonth<T extends { publishedAt: string | null }>(
  items: readonly T[],
): { month: MonthKey; items: T[] }[] {
  const groups = new Map<MonthKey, T[]>()
  for (const item of items) {
    if (!item.publishedAt) continue
    const key = monthKeyOf(item.publishedAt)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, grouped]) => ({ month, items: grouped }))
}

/** The closest older and newer months that have articles, around `key`. */
export function adjacentMonths(
  months: readonly MonthKey[],
  key: MonthKey,
): { previous: MonthKey | null; next: MonthKey | null } {
  const sorted = [...new Set(months)].sort()
  return {
    previous: sorted.filter((month) => month < key).at(-1) ?? null,
    next: sorted.find((month) => month > key) ?? null,
  }
}
