/*
 * Initials avatars of commenters: drawn by the site from the displayed name, so no address or
 * image ever goes to an avatar service. Pure and client-safe.
 */

/**
 * Background colours, each dark enough for white initials at WCAG AA (contrast ≥ 4.5:1, checked
 * in tests/unit/comments/avatar.test.ts).
 */
export const AVATAR_COLOURS = [
  '#1f4e79',
  '#7a1f3d',
  '#2e6430',
  '#5e3a8c',
  '#7f4508',
  '#0f5e66',
  '#9b2226',
  '#3d4a5c',
] as const

/** Up to two initials: the first letter (or digit) of the first and last words of the name. */
export function avatarInitials(name: string): string {
  const words = name
    .normalize('NFC')
    .split(/[\s\-‐‑–—_.'’]+/u)
    .map((word) => word.match(/[\p{L}\p{N}]/u)?.[0] ?? '')
    .filter(Boolean)
  if (words.length === 0) return '?'
  const first = words[0] ?? ''
  const last = words.length > 1 ? (words.at(-1) ?? '') : ''
  return `${first}${last}`.toLocaleUpperCase('fr-FR')
}

/** FNV-1a over the name's UTF-16 units: the same name always gets the same colour. */
function hash(text: string): number {
  let value = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193) >>> 0
  }
  return value
}

/** The avatar colour of a name (case and surrounding spaces ignored). */
export function avatarColour(name: string): string {
  const key = name.normalize('NFC').trim().toLocaleLowerCase('fr-FR')
  return AVATAR_COLOURS[hash(key) % AVATAR_COLOURS.length] ?? AVATAR_COLOURS[0]
}
