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
