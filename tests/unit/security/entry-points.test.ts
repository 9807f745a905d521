import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { VALID_COMMENT_FIELDS } from '@/tests/fixtures/comment-fields'
import { XSS_PAYLOADS } from '@/tests/fixtures/xss-payloads'

/*
 * The hostile corpus thrown at every entry point a reader or an attacker can reach, through the
 * real Server Actions and route handlers on a temporary demo store. Only the request is
 * simulated (cookies, headers, cache tags). Each answer must be a French refusal and nothing
 * may change: comments, votes, sessions, bans, subscriptions, mails, expired tags. Figures are
 * printed with the « [sécurité/entrées] » prefix.
 */
const jar = new Map<string, string>()
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
  headers: async () => new Headers(),
  draftMode: async () => ({ isEnabled: false }),
}))
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/server')>()),
  connection: async () => undefined,
  after: () => undefined,
}))
// The decoy key derivation (timing equality for unknown e-mails, tested in password.test.ts)
// costs about a second here: an instant refusal lets the whole corpus reach the login form.
vi.mock('@/lib/moderation/password', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/moderation/password')>()),
  verifyAgainstDecoy: async () => false as const,
}))
const expired: string[] = []
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  updateTag: (tag: string) => void expired.push(tag),
  revalidateTag: (tag: string) => void expired.push(tag),
  // Outside a Next build `'use cache'` is a plain string: the cache profile calls do nothing.
  cacheLife: () => undefined,
  cacheTag: () => undefined,
}))

const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-entrees-'))
vi.stubEnv('KIOSQUE_DATA_DIR', dir)
vi.stubEnv('NEXT_PUBLIC_SANITY_PROJECT_ID', '')
vi.stubEnv('SMTP_URL', '')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Everything but XSS: what breaks parsers, headers and storage rather than pages. */
const MALFORMED: Record<string, string> = {
  'CR/LF': 'Lucie\r\nBcc: victime@example.fr',
  'LF seul': 'Lucie\nX-Injecté: 1',
  NUL: 'Lucie\u0000Martin',
  'RTL override': 'facture\u202Egpj.exe',
  'UTF-8 invalide (U+FFFD)': 'Bonjour \uFFFD( !',
  'surrogate isolé': 'fin \uD800',
  '10 000 emoji': '😀'.repeat(10_000),
  'trop long (100 000)': 'x'.repeat(100_000),
}
const CORPUS = [...XSS_PAYLOADS, ...Object.values(MALFORMED)]
const PENDING = 'comment.f9d07bf8-bbd8-541b-b421-920a32da5ee7'

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

/** What any entry point could change, read from the store, the private DB and the outbox. */
async function state() {
  const { getLake } = await import('@/lib/lake')
  const { getPrivateDb } = await import('@/lib/private')
  const db = getPrivateDb()
  const tables = [
    'moderator_sessions',
    'bans',
    'comment_votes',
    'subscriptions',
    'mail_send_log',
    'mail_optouts',
  ]
  const outbox = path.join(dir, 'outbox')
  return {
    comments: await getLake().query(
      '*[_type == "comment"]{_id, _rev, status, votes}',
      {},
      { perspective: 'raw' },
    ),
    rows: Object.fromEntries(
      tables.map((table) => [table, db.prepare(`SELECT count(*) AS n FROM ${table}`).get()?.n]),
    ),
    mails: readdirSync(outbox, { withFileTypes: true }).length,
    expired: expired.length,
  }
}

/** Runs an action that ends in `redirect()`: answers the URL it redirected to. */
async function redirected(run: () => Promise<unknown>): Promise<string> {
  try {
    await run()
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? '')
    const match = /^NEXT_REDIRECT;[^;]*;([^;]*);/.exec(digest)
    if (match?.[1]) return match[1]
    throw error
  }
  throw new Error('pas de redirection')
}

let before: Awaited<ReturnType<typeof state>>
beforeAll(async () => {
  const { mkdirSync } = await import('node:fs')
  mkdirSync(path.join(dir, 'outbox'), { recursive: true })
  // Private tables are created by the modules that own them: load them all first.
  await import('@/lib/comments/votes')
  await import('@/lib/comments/bans')
  await import('@/lib/subscriptions/tables')
  await import('@/lib/moderation/schema')
  before = await state()
})

describe('hostile corpus on every entry point', () => {
  it('vote: a forged comment id is refused in French, no vote, no cookie', async () => {
    const { voteAction } = await import('@/components/comments/actions')
    const previous = { votes: 3, voted: false, message: '' }
    // Refused by shape before any read, then by the store: unknown, or not approved.
    for (const payload of CORPUS) {
      const answer = await voteAction(previous, form({ commentId: payload }))
      expect(answer).toEqual({ ...previous, message: 'Ce commentaire est introuvable.' })
    }
    for (const payload of ['comment.00000000-0000-4000-8000-000000000000', PENDING]) {
      const answer = await voteAction(previous, form({ commentId: payload }))
      expect(answer).toEqual({ ...previous, message: 'Ce commentaire n’est plus disponible.' })
    }
    expect(jar.size).toBe(0)
    expect(await state()).toEqual(before)
  })

  it('data-deletion request: every hostile address refused in French, no mail', async () => {
    const { requestDeletionAction } = await import('@/app/(site)/donnees-personnelles/actions')
    for (const payload of CORPUS) {
      const answer = await requestDeletionAction({ status: 'idle' }, form({ email: payload }))
      expect(answer, payload.slice(0, 60)).toMatchObject({
        status: 'error',
        message: expect.stringMatching(/^(Adresse e-mail (invalide|trop longue)|Saisissez)/),
      })
    }
    expect(await state()).toEqual(before)
  })

  it('subscription (comment form with « me prévenir »): hostile fields refused, nothing kept', async () => {
    const { acceptComment } = await import('@/lib/comments/accept')
    const { signStartToken } = await import('@/lib/comments/form-token')
    const { getServerSecret } = await import('@/lib/security/secret')
    const valid = {
      ...VALID_COMMENT_FIELDS,
      notifyThread: 'on',
      notifyReplies: 'on',
      startToken: signStartToken(getServerSecret(), Date.now() - 10_000),
    }
    const context = { headers: new Headers(), expireTag: (tag: string) => void expired.push(tag) }
    let refused = 0
    const cases = [
      ...CORPUS.map((payload) => ({ field: 'email', payload })),
      ...Object.values(MALFORMED).map((payload) => ({ field: 'name', payload })),
      ...Object.values(MALFORMED)
        .filter((payload) => !payload.includes('\n') || payload.length > 4_000)
        .map((payload) => ({ field: 'body', payload })),
    ]
    for (const { field, payload } of cases) {
      const answer = await acceptComment(form({ ...valid, [field]: payload }), context)
      expect(answer.status, `${field} ${JSON.stringify(payload.slice(0, 40))}`).toBe('error')
      if (answer.status !== 'error') continue
      expect(answer.errors[field as 'email']).toMatch(/[a-zàéèêç]/)
      refused++
    }
    expect(await state()).toEqual(before)
    expect(refused).toBeGreaterThan(0)
  })

  it('moderation login: hostile e-mails and passwords refused, no session', async () => {
    const { loginAction } = await import('@/app/moderation/actions')
    const sample = CORPUS
    for (const payload of sample) {
      const answer = await loginAction({}, form({ email: payload, password: payload }))
      expect(answer.message).toMatch(/^(Indiquez|Adresse|Trop|Identifiants|E-mail|Connexion)/)
    }
    expect(jar.size).toBe(0)
    const after = await state()
    expect(after.rows.moderator_sessions).toBe(0)
  })

  it('moderation actions with a valid session and forged ids change nothing', async () => {
    const { createModerator } = await import('@/lib/moderation/accounts')
    const { createSession } = await import('@/lib/moderation/sessions')
    const { getPrivateDb } = await import('@/lib/private')
    const actions = await import('@/app/moderation/actions')
    const db = getPrivateDb()
    const admin = await createModerator(db, {
      name: 'Admin',
      email: 'admin@example.fr',
      password: 'un mot de passe assez long',
      role: 'admin',
    })
    jar.set('kiosque_session', createSession(db, admin.id))
    const reference = await state()
    let attempts = 0
    for (const payload of CORPUS) {
      const runs = [
        () =>
          actions.moderateAction(
            form({ id: payload, rev: 'x', action: 'approve', retour: payload }),
          ),
        () => actions.moderateAction(form({ id: PENDING, rev: payload, action: 'spam' })),
        () => actions.moderateAction(form({ id: PENDING, rev: 'x', action: payload })),
        () => actions.bulkAction(form({ action: 'reject', selection: payload })),
        () => actions.banAction(form({ id: payload, kind: 'email' })),
      ]
      for (const run of runs) {
        const url = await redirected(run)
        expect(url).toMatch(
          /^\/moderation\?(.+&)?erreur=(invalide|selection|conflict|notFound|stale)/,
        )
        expect(url).not.toMatch(/[<>"'\s]/)
        attempts++
      }
    }
    expect(await state()).toEqual(reference)
    expect(attempts).toBeGreaterThan(0)
  })

  it('mail-link decisions, unsubscribe and erasure confirmations: forged tokens refused', async () => {
    const { decideAction } = await import('@/app/moderation/decision/actions')
    const { unsubscribeAction } = await import('@/app/(site)/abonnements/desabonner/actions')
    const { confirmDeletionAction } = await import('@/app/(site)/donnees-personnelles/actions')
    jar.clear()
    const reference = await state()
    const idle = { status: 'idle' } as const
    for (const payload of CORPUS) {
      const url = await redirected(() => decideAction(form({ jeton: payload })))
      expect(url).toMatch(/^\/moderation\/decision\?resultat=[a-z]+$/)
      expect(url).not.toMatch(/resultat=(approve|reject|spam)/)
      expect((await unsubscribeAction(idle, form({ jeton: payload }))).status).toBe('error')
      expect(await confirmDeletionAction(idle, form({ jeton: payload }))).toMatchObject({
        status: 'error',
        message: expect.stringMatching(/lien/i),
      })
    }
    expect(await state()).toEqual(reference)
  })
})
