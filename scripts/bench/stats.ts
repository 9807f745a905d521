/** Percentile of sorted-or-not samples (nearest rank), in the samples' unit. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank]!
}

/** Rounds for tables and JSON: 2 decimals below 10, 1 below 100, none above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value
  const digits = Math.abs(value) < 10 ? 100 : Math.abs(value) < 100 ? 10 : 1
  return Math.round(value * digits) / digits
}

/** Prints a titled table (console.table without the index column noise). */
export function printTable(title: string, rows: readonly object[]): void {
  console.log(`\n## ${title}`)
  if (rows.length === 0) {
    console.log('(aucune mesure)')
    return
  }
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))]
  const cells = rows.map((row) =>
    columns.map((column) => format((row as Record<string, unknown>)[column])),
  )
  const widths = columns.map((column, index) =>
    Math.max(column.length, ...cells.map((line) => line[index]!.length)),
  )
  const line = (values: string[]) =>
    values.map((value, index) => value.padEnd(widths[index]!)).join(' | ')
  console.log(line(columns))
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'))
  for (const values of cells) console.log(line(values))
}

function format(value: unknown): string {
  if (value === undefined || value === null) return '—'
  if (typeof value === 'number') return String(round(value))
  return String(value)
}
