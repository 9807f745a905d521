/**
 * French typography applied at render, so editors type plain text and readers get the
 * conventions of the printed press.
 */

/** Narrow no-break space (« espace fine insécable »). */
export const NNBSP = '\u202F'
/** No-break space. */
export const NBSP = '\u00A0'

const SPACE = `[ \\t${NBSP}${NNBSP}]`

const rules: [RegExp, string][] = [
  // Typewriter apostrophe between letters → typographic apostrophe.
  [/(\p{L})'(?=\p{L})/gu, '$1’'],
  [/\.\.\./g, '…'],
  // « guillemets »: a narrow no-break space inside, whether or not one was typed.
  [new RegExp(`«${SPACE}*`, 'g'), `«${NNBSP}`],
  [new RegExp(`${SPACE}*»`, 'g'), `${NNBSP}»`],
  // ; ! ? take a narrow no-break space before them, typed or not (but not "?!" pairs).
  [new RegExp(`(?<=[\\p{L}\\p{N}»)\\]…])${SPACE}*([;!?])`, 'gu'), `${NNBSP}$1`],
  // ":" only where a space was typed: "10:30" and "https://" stay untouched.
  [new RegExp(`(?<=\\S)${SPACE}+:`, 'g'), `${NNBSP}:`],
  // Thousands groups and units never break: "2 500 entreprises", "12 %", "3 €".
  [/(?<=\d)[ ](?=\d{3}(?!\d))/g, NNBSP],
  [/(?<=\d)[ ](?=[%€$])/g, NNBSP],
  // One-letter words do not end a line ("à", "a", "y", "ô").
  [/(^|[\s(«])([aàyôAÀYÔ])[ ](?=\S)/gu, `$1$2${NBSP}`],
]

/** Applies French typographic spacing and punctuation to a plain-text run. Idempotent. */
export function frenchTypography(text: string): string {
  let out = text
  for (const [pattern, replacement] of rules) out = out.replace(pattern, replacement)
  return out
}
