/*
 * The one same-origin check every redirect target of the site goes through (draft mode, the
 * Presentation tool's preview path, the comment form without JavaScript, moderation).
 *
 * Browsers drop tabs and line breaks inside a URL and read `\` as `/`, so `/\t/evil.example`
 * or `/\evil.example` would leave the site; a control or non-ASCII character in a `Location`
 * header makes Node throw. Such targets are refused outright rather than repaired, and an
 * accepted one is re-serialised by the WHATWG URL parser (the browsers' own), so what is sent
 * is plain ASCII and resolves to this origin whatever the host name.
 */

// Where a relative target is resolved to compare origins; never sent anywhere.
const PROBE = 'http://kiosque.invalid'

// C0/C1 controls, DEL, backslash, and every kind of Unicode space or invisible separator.
const REFUSED =
  /[\u0000-\u001F\u007F-\u009F\\\s\u180E\u200B-\u200F\u2028-\u202F\u2060-\u206F\uFEFF]/u

/**
 * `target` as a path of this site (`/…`, query and fragment kept), or `fallback` when it is
 * absent, absolute, protocol-relative, or holds a character that could make a browser read it
 * as another origin.
 */
export function safeRedirectPath(target: string | null | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/') || REFUSED.test(target)) return fallback
  if (target.startsWith('//')) return fallback
  let url: URL
  try {
    url = new URL(target, PROBE)
  } catch {
    return fallback
  }
  if (url.origin !== PROBE) return fallback
  // `/.//evil.example` normalises to the path `//evil.example`, which a second parse (the
  // browser's) would read as a host.
  if (url.pathname.startsWith('//')) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}
