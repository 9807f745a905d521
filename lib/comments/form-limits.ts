/*
 * Limits of the comment form, without zod: client components import them to show counters and
 * `maxLength`, and must not pull the schema (zod probes `Function('')` at start-up, which the CSP refuses).
 */

/** Longest accepted display name, in characters. */
export const NAME_MAX = 80
/** Longest accepted comment, in characters (code points); longer texts are refused, never cut. */
export const BODY_MAX = 4000
/** Longest quoted passage of an inline comment. */
export const QUOTE_MAX = 300
/** Longest e-mail address (RFC 5321 path limit). */
export const EMAIL_MAX = 254
/** How long the author may edit a comment after posting it, from the browser that posted it. */
export const EDIT_WINDOW_MINUTES = 15
/** The page listing the comments this browser may still edit. */
export const EDIT_PAGE_PATH = '/commentaires/modifier'
