/*
 * Names only, free of server state, so `proxy.ts` can read them without loading the database.
 */

/** Where moderators sign in. */
export const LOGIN_PATH = '/moderation/connexion'

/** The two spellings of the session cookie (see `sessionCookie` in ./auth). */
export const SESSION_COOKIE_NAMES = {
  secure: '__Host-kiosque_session',
  plain: 'kiosque_session',
} as const

/**
 * The session cookie's name for a site served at `siteUrl`: `__Host-` (Secure, so the browser
 * never sends it over http and no subdomain can set it) over https, plain for http development.
 */
export function sessionCookieFor(siteUrl: string): { name: string; secure: boolean } {
  const secure = siteUrl.startsWith('https:')
  return { name: secure ? SESSION_COOKIE_NAMES.secure : SESSION_COOKIE_NAMES.plain, secure }
}
