import type { ValidationContext } from 'sanity'

/**
 * Rule for an `end` date: empty means "still ongoing"; otherwise it must not precede the sibling
 * `start`. ISO dates (YYYY-MM-DD) compare correctly as strings.
 */
export function endNotBeforeStart(end: string | undefined, context: ValidationContext) {
  const start = (context.parent as { start?: unknown } | undefined)?.start
  if (!end || typeof start !== 'string') return true
  return end >= start ? true : 'La date de fin doit être postérieure ou égale à la date de début.'
}
