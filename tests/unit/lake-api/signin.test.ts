import { describe, expect, it } from 'vitest'

import { createSignInLink, SIGNIN_LINK_TTL_MS } from '@/lib/lake-api/signin'
import { createModerator } from '@/lib/moderation/accounts'
import { openPrivateDb } from '@/lib/private/db'

import { startApi } from './helpers'

const STUDIO = 'http://localhost:3000/studio'

/** The code of a redirect to the Studio (`…/studio#sid=<code>`), or null. */
function codeOf(response: Response): string | null {
  const location = response.headers.get('location') ?? ''
  return location.startsWith(`${STUDIO}#sid=`) ? location.slice(`${STUDIO}#sid=`.length) : null
}

describe('one-time local sign-in link', () => {
  it('signs a browser in as the local editor once, and only once', async () => {
    const api = await startApi()
    const link = createSignInLink(openPrivateDb(api.dataDir), api.url)
    expect(link).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/v1\/auth\/local\?token=[\w-]{43}$/)

    const first = await fetch(link, { redirect: 'manual' })
    expect(first.status).toBe(303)
    const code = codeOf(first)
    expect(code).toMatch(/^[\w-]{43}$/)
    const again = await fetch(link, { redirect: 'manual' })
    expect(again.status).toBe(401)
    expect(again.headers.get('location')).toBeNull()
    expect(await again.text()).toContain('Lien de connexion invalide')

    const fetchToken = (sid: string) => fetch(`${api.url}/v1/auth/fetch?sid=${sid}`)
    const exchanged = await fetchToken(code!)
    expect(exchanged.status).toBe(200)
    const { token } = await exchanged.json()
    expect((await fetchToken(code!)).status).toBe(401)

    const me = await fetch(`${api.url}/v2025-02-19/users/me`, {
      headers: { authorization: `Bearer ${token}`, origin: 'http://localhost:3000' },
    })
    expect(await me.json()).toMatchObject({ id: 'local-editor' })
    const write = await fetch(`${api.url}/v2025-02-19/data/mutate/production`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        origin: 'http://localhost:3000',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ mutations: [{ create: { _id: 'drafts.note', _type: 'note' } }] }),
    })
    expect(write.status).toBe(200)

    const logout = await fetch(`${api.url}/v2025-02-19/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, origin: 'http://localhost:3000' },
    })
    expect(logout.status).toBe(200)
    const after = await fetch(`${api.url}/v2025-02-19/users/me`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(await after.json()).toEqual({})
    const write2 = await fetch(`${api.url}/v2025-02-19/data/mutate/production`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ mutations: [{ create: { _id: 'drafts.note2', _type: 'note' } }] }),
    })
    expect(write2.status).toBe(401)
  })

  it('expires after an hour, and forged tokens and codes get nothing', async () => {
    const api = await startApi()
    const db = openPrivateDb(api.dataDir)
    const old = createSignInLink(db, api.url, Date.now() - SIGNIN_LINK_TTL_MS - 1_000)
    expect((await fetch(old, { redirect: 'manual' })).status).toBe(401)
    const forged = `${api.url}/v1/auth/local?token=${'A'.repeat(43)}`
    expect((await fetch(forged, { redirect: 'manual' })).status).toBe(401)
    expect((await fetch(`${api.url}/v1/auth/fetch?sid=${'B'.repeat(43)}`)).status).toBe(401)
    // A sign-in link is not a sign-in code: it cannot be traded for a token directly.
    const token = new URL(createSignInLink(db, api.url)).searchParams.get('token')
    expect((await fetch(`${api.url}/v1/auth/fetch?sid=${token}`)).status).toBe(401)
  })
})

describe('editor login form', () => {
  async function withEditor() {
    const api = await startApi()
    const db = openPrivateDb(api.dataDir)
    for (const role of ['editor', 'moderator'] as const) {
      await createModerator(db, {
        name: `Compte ${role}`,
        email: `${role}@kiosque.example`,
        password: 'un mot de passe assez long',
        role,
      })
    }
    const login = (fields: Record<string, string>, origin = api.url) =>
      fetch(`${api.url}/v1/auth/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      })
    return { api, login }
  }

  it('is offered to the Studio as its login provider', async () => {
    const api = await startApi()
    const providers = await (await fetch(`${api.url}/v2025-02-19/auth/providers`)).json()
    expect(providers).toEqual({
      providers: [expect.objectContaining({ url: `${api.url}/v1/auth/login` })],
    })
    const page = await fetch(`${api.url}/v1/auth/login?origin=${encodeURIComponent(STUDIO)}`)
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toMatch(/form-action 'self' http:\/\/localhost:3000 [^;]*;/)
    expect(csp).not.toContain('https:;')
    expect(csp).not.toContain('[::1]')
    const html = await page.text()
    expect(html).toContain('Connexion au Studio')
    expect(html).toContain('npm run studio:link')
  })

  it('signs an editor in, not a moderator, a wrong password or another site’s form', async () => {
    const { api, login } = await withEditor()
    const password = 'un mot de passe assez long'
    const editor = await login({ email: 'editor@kiosque.example', password, origin: STUDIO })
    expect(editor.status).toBe(303)
    const code = codeOf(editor)
    const { token } = await (await fetch(`${api.url}/v1/auth/fetch?sid=${code}`)).json()
    const me = await fetch(`${api.url}/v1/users/me`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(await me.json()).toMatchObject({ name: 'Compte editor', role: 'editor' })

    const elsewhere = await login({
      email: 'editor@kiosque.example',
      password,
      origin: 'https://evil.example/studio',
    })
    expect(editor.headers.get('location')).toMatch(/^http:\/\/localhost:3000\/studio#sid=/)
    expect(elsewhere.headers.get('location')).toMatch(/^http:\/\/localhost:3000\/studio#sid=/)

    const moderator = await login({ email: 'moderator@kiosque.example', password })
    expect(moderator.status).toBe(403)
    expect(moderator.headers.get('location')).toBeNull()
    const wrong = await login({ email: 'editor@kiosque.example', password: 'faux' })
    expect(wrong.status).toBe(401)
    expect(await wrong.text()).toContain('Adresse e-mail ou mot de passe incorrect.')
    const crossSite = await login(
      { email: 'editor@kiosque.example', password },
      'https://evil.example',
    )
    expect(crossSite.status).toBe(403)
    expect(crossSite.headers.get('location')).toBeNull()
  })
})
