import { formatPartialDate } from './dates'

/*
 * Periods of roles and relations (« depuis juin 2023 », « du 1er juin 2013 au 18 juin 2026 »).
 * Sanity stores them as date-only values, sometimes partial (« 2013 », « 2013-06 »).
 */

type Precision = 'year' | 'month' | 'day'

function precisionOf(value: string): Precision {
  if (/^\d{4}$/.test(value)) return 'year'
  if (/^\d{4}-\d{2}$/.test(value)) return 'month'
  return 'day'
}

/** « de » elides before a vowel: « d’avril 2013 », « d’octobre 2020 », but « de 2013 ». */
function de(text: string): string {
  return /^[aeiouyàâéèêîôû]/i.test(text) ? `d’${text}` : `de ${text}`
}

function since(value: string): string {
  const text = formatPartialDate(value)
  return precisionOf(value) === 'day' ? `depuis le ${text}` : `depuis ${text}`
}

function until(value: string): string {
  const text = formatPartialDate(value)
  return precisionOf(value) === 'day' ? `jusqu’au ${text}` : `jusqu’en ${text}`
}

function from(value: string): string {
  const text = formatPartialDate(value)
  return precisionOf(value) === 'day' ? `du ${text}` : de(text)
}

function to(value: string): string {
  const text = formatPartialDate(value)
  return precisionOf(value) === 'day' ? `au ${text}` : `à ${text}`
}

/**
 * A period in French prose, or null when neither bound is known. An absent end means the
 * period is still running.
 */
export function formatPeriod(
  start: string | null | undefined,
  end: string | null | undefined,
): string | null {
  if (start && end) return `${from(start)} ${to(end)}`
  if (start) return since(start)
  if (end) return until(end)
  return null
}
