import type { DatabaseSync } from 'node:sqlite'

import { z } from 'zod'

import { getModeratorById } from '@/lib/moderation/accounts'
import { authenticate as checkPassword, loginMessages } from '@/lib/moderation/login'
import { createSession, deleteSession } from '@/lib/moderation/sessions'

import { bearer, countEditorAccounts } from './auth'
import {
  ApiError,
  hasMediaType,
  readBody,
  sendJson,
  type ApiRequest,
  type ApiResponse,
} from './http'
import {
  consumeSignInToken,
  createLocalSession,
  deleteLocalSession,
  issueSignInToken,
  LOCAL_EDITOR,
} from './signin'

/** Where the Studio is served and which origins may call the API from a browser. */
export interface SignInSettings {
  /** The Studio's URL (`https://site.example/studio`), where a sign-in ends. */
  studioUrl: string
  /** The origins of the site and of the Studio (CORS, sign-in redirects). */
  origins: ReadonlySet<string>
}

const loginForm = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
  origin: z.string().max(2048).optional(),
})

const FORM_LIMIT = 16 * 1024

/** The sign-in endpoints (under `/v<version>/`), as `METHOD path`, for tests that cover every one. */
export const SIGN_IN_ROUTES = [
  'GET auth/providers',
  'GET auth/login',
  'POST auth/login',
  'GET auth/local',
  'GET auth/fetch',
  'POST auth/logout',
] as const

/**
 * The sign-in endpoints, answered without a session: `GET /auth/providers` (the Studio's login
 * screen), `GET|POST /auth/login` (the editor accounts' form), `GET /auth/local?token=…` (the
 * one-time local sign-in link), `GET /auth/fetch?sid=…` (a sign-in code traded for a token) and
 * `POST /auth/logout`. Returns false for any other path.
 */
export async function handleSignIn(
  req: ApiRequest,
  res: ApiResponse,
  db: DatabaseSync,
  segments: string[],
  url: URL,
  settings: SignInSettings,
): Promise<boolean> {
  if (segments[0] !== 'auth' || segments.length !== 2) return false
  const method = req.method ?? 'GET'
  const action = `${method} ${segments[1]}`
  switch (action) {
    case 'GET providers':
      sendJson(res, 200, {
        providers: [
          {
            name: 'kiosque',
            title: 'Compte éditeur Kiosque',
            url: `${ownOrigin(req)}/v1/auth/login`,
          },
        ],
      })
      return true
    case 'GET login':
      sendPage(res, 200, loginPage(db, url.searchParams.get('origin') ?? ''), settings)
      return true
    case 'POST login':
      await login(req, res, db, settings)
      return true
    case 'GET local': {
      const subject = consumeSignInToken(db, 'link', url.searchParams.get('token'))
      if (subject !== LOCAL_EDITOR) {
        sendPage(res, 401, expiredLinkPage(), settings)
        return true
      }
      redirectWithCode(res, settings.studioUrl, issueSignInToken(db, 'code', LOCAL_EDITOR))
      return true
    }
    case 'GET fetch':
      sendJson(res, 200, { token: exchange(db, url.searchParams.get('sid')) })
      return true
    case 'POST logout': {
      const token = bearer(req)
      if (token) {
        deleteLocalSession(db, token)
        deleteSession(db, token)
      }
      sendJson(res, 200, {})
      return true
    }
    default:
      return false
  }
}

/** A sign-in code becomes a session token: the local editor's, or an editor account's. */
function exchange(db: DatabaseSync, code: string | null): string {
  const subject = consumeSignInToken(db, 'code', code)
  if (subject === LOCAL_EDITOR) return createLocalSession(db)
  const account = subject ? getModeratorById(db, subject) : null
  if (!account || (account.role !== 'editor' && account.role !== 'admin')) {
    throw new ApiError(401, 'unauthorized', 'Unknown, expired or already used sign-in code')
  }
  return createSession(db, account.id)
}

async function login(
  req: ApiRequest,
  res: ApiResponse,
  db: DatabaseSync,
  settings: SignInSettings,
): Promise<void> {
  // The form is served by this API: a post from any other page is refused.
  if (req.headers.origin !== ownOrigin(req)) {
    throw new ApiError(403, 'forbidden', 'Cross-origin sign-in refused')
  }
  if (!hasMediaType(req, 'application/x-www-form-urlencoded')) {
    throw new ApiError(415, 'unsupportedMediaType', 'A form body is expected')
  }
  const fields = Object.fromEntries(
    new URLSearchParams((await readBody(req, FORM_LIMIT)).toString()),
  )
  const form = loginForm.safeParse(fields)
  const origin = fields.origin ?? ''
  if (!form.success) {
    sendPage(
      res,
      400,
      loginPage(db, origin, 'Saisissez votre adresse e-mail et votre mot de passe.'),
      settings,
    )
    return
  }
  const ip = req.socket?.remoteAddress ?? 'inconnue'
  const result = await checkPassword(db, { ...form.data, ip })
  if (!result.ok) {
    const status = result.reason === 'locked' ? 429 : 401
    sendPage(res, status, loginPage(db, origin, loginMessages[result.reason]), settings)
    return
  }
  if (result.moderator.role !== 'editor' && result.moderator.role !== 'admin') {
    const message = 'Ce compte n’a pas accès au Studio : il faut le rôle « editor » ou « admin ».'
    sendPage(res, 403, loginPage(db, origin, message), settings)
    return
  }
  const target = studioTarget(form.data.origin, settings)
  redirectWithCode(res, target, issueSignInToken(db, 'code', result.moderator.id))
}

/** The Studio URL the login was started from, when it is one of ours; else the configured one. */
function studioTarget(requested: string | undefined, settings: SignInSettings): string {
  if (!requested) return settings.studioUrl
  try {
    const url = new URL(requested)
    if (!settings.origins.has(url.origin)) return settings.studioUrl
    return `${url.origin}${url.pathname}`
  } catch {
    return settings.studioUrl
  }
}

/** Sends the browser to the Studio with `#sid=<code>`, which the Studio trades for its token. */
function redirectWithCode(res: ApiResponse, studioUrl: string, code: string): void {
  res.statusCode = 303
  res.setHeader('Location', `${studioUrl}#sid=${code}`)
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.end()
}

/** `https://<host>` as the browser reached this API (the `Host` or `:authority` it sent). */
function ownOrigin(req: ApiRequest): string {
  const authority = req.headers[':authority'] ?? req.headers.host
  const host = typeof authority === 'string' ? authority : ''
  return /^[A-Za-z0-9.:[\]-]{1,300}$/.test(host) ? `https://${host}` : 'https://invalid'
}

function sendPage(res: ApiResponse, status: number, body: string, settings: SignInSettings): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('X-Frame-Options', 'DENY')
  // No script at all; the form posts here, then a redirect leads to the Studio's origin.
  res.setHeader(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${formTargets(settings)}; frame-ancestors 'none'; base-uri 'none'`,
  )
  res.end(`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Connexion au Studio — Kiosque</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}
label{display:block;margin-top:1rem}input{display:block;width:100%;padding:.5rem;font:inherit}
button{margin-top:1.5rem;padding:.6rem 1.2rem;font:inherit}p[role=alert]{color:#a40000}code{background:#eee;padding:0 .2rem}</style>
</head><body>${body}</body></html>`)
}

/** The allowed origins as CSP sources (CSP has no syntax for IPv6 literals: left out). */
function formTargets(settings: SignInSettings): string {
  return [...settings.origins].filter((origin) => !origin.includes('[')).join(' ')
}

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  )
}

function loginPage(db: DatabaseSync, origin: string, error?: string): string {
  const noAccount =
    countEditorAccounts(db) === 0
      ? `<p>Aucun compte éditeur n’existe encore : ouvrez le lien de connexion à usage unique
affiché par <code>npm start</code> (ou obtenez-en un nouveau avec <code>npm run studio:link</code>),
ou créez un compte avec <code>npm run moderator:add -- --role editor</code>.</p>`
      : ''
  return `<h1>Connexion au Studio</h1>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
${noAccount}
<form method="post" action="/v1/auth/login">
<input type="hidden" name="origin" value="${escapeHtml(origin.slice(0, 2048))}">
<label for="email">Adresse e-mail</label><input id="email" name="email" type="email" autocomplete="username" required>
<label for="password">Mot de passe</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Se connecter</button>
</form>
<p>Seuls les comptes « editor » et « admin » ouvrent le Studio.</p>`
}

function expiredLinkPage(): string {
  return `<h1>Lien de connexion invalide</h1>
<p role="alert">Ce lien de connexion est inconnu, expiré (il vaut une heure) ou a déjà servi : chaque lien ne
fonctionne qu’une fois.</p>
<p>Obtenez-en un nouveau avec <code>npm run studio:link</code> (ou en relançant <code>npm start</code>),
ou connectez-vous avec un compte éditeur.</p>`
}
