import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { DatabaseSync } from 'node:sqlite'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openLake, type Lake } from '@/lib/lake'
import type { OutgoingMail } from '@/lib/mail'
import { createModerator } from '@/lib/moderation/accounts'
import { lakeBackend } from '@/lib/moderation/backend'
import { sendDigestIfDue, type DigestDeps } from '@/lib/moderation/digest'
import { verifyDecision } from '@/lib/moderation/links'
import { closePrivateDbs, openPrivateDb } from '@/lib/private/db'
import '@/lib/moderation/schema'

const SECRET = 'x'.repeat(40)
let dir: string
let lake: Lake
let db: DatabaseSync
const sent: OutgoingMail[] = []

function deps(now: string): DigestDeps {
  return {
    backend: lakeBackend(lake),
    db,
    mailer: {
      send: async (mail) => {
        sent.push(mail)
        return { messageId: `<${sent.length}@test>` }
      },
    },
    secret: SECRET,
    siteUrl: 'https://kiosque.example',
    intervalMinutes: 60,
    moderatorsEmail: 'redaction@kiosque.example, moderatrice@kiosque.example',
    now: new Date(now),
  }
}

function pendingComment(id: string, createdAt: string) {
  lake.mutate(
    [
      {
        create: {
          _id: id,
          _type: 'comment',
          article: { _type: 'reference', _ref: 'article-3-questions-a-helene-varambon' },
          authorName: 'Lectrice du récapitulatif',
          authorEmail: 'lectrice@example.org',
          body: `Un avis arrivé le ${createdAt}.`,
          status: 'pending',
          votes: 0,
          createdAt,
        },
      },
    ],
    { author: 'test' },
  )
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosque-digest-'))
  lake = openLake({ dataDir: dir, seedFile: path.resolve('content/demo/data.ndjson') })
  db = openPrivateDb(dir)
  await createModerator(db, {
    name: 'Modératrice',
    email: 'moderatrice@kiosque.example',
    password: 'une phrase de passe assez longue',
    role: 'moderator',
  })
})
afterAll(() => {
  lake.close()
  closePrivateDbs()
  rmSync(dir, { recursive: true, force: true })
})

describe('récapitulatif de modération (MODERATION_MAIL=digest)', () => {
  it('envoie un seul courriel par modérateur avec tous les commentaires en attente', async () => {
    const outcome = await sendDigestIfDue(deps('2026-11-30T10:00:00Z'))
    const pending = await lake.query<number>(
      'count(*[_type == "comment" && status == "pending"])',
      {},
      { perspective: 'raw' },
    )
    expect(pending).toBeGreaterThan(1)
    // The account gets personal links; the listed address without an account a queue link.
    expect(outcome).toEqual({ sent: 2, comments: pending })
    const [personal, shared] = sent
    expect(personal?.to).toMatchObject({ address: 'moderatrice@kiosque.example' })
    expect(personal?.subject).toBe(`Kiosque : ${pending} commentaires à modérer`)
    const links = personal?.text.match(
      /https:\/\/kiosque\.example\/moderation\/decision\?jeton=\S+/g,
    )
    expect(links).toHaveLength(pending * 3)
    const token = decodeURIComponent(new URL(links?.[0] ?? '').searchParams.get('jeton') ?? '')
    expect(verifyDecision(token, SECRET)).toMatchObject({ ok: true })
    expect(shared?.to).toMatchObject({ address: 'redaction@kiosque.example' })
    expect(shared?.text).not.toContain('/moderation/decision')
    expect(personal?.text).not.toContain('lectrice@example.org')
  })

  it('n’envoie rien avant la fin de l’intervalle, puis seulement les nouveaux', async () => {
    sent.length = 0
    pendingComment('comment.00000000-0000-4000-8000-000000000001', '2026-11-30T10:20:00Z')
    expect(await sendDigestIfDue(deps('2026-11-30T10:30:00Z'))).toMatchObject({
      sent: 0,
      waiting: 'interval',
    })
    expect(sent).toHaveLength(0)
    const later = await sendDigestIfDue(deps('2026-11-30T11:00:00Z'))
    expect(later).toEqual({ sent: 2, comments: 1 })
    expect(sent[0]?.subject).toBe('Kiosque : 1 commentaire à modérer')
    expect(sent[0]?.text).toContain('Un avis arrivé le 2026-11-30T10:20:00Z.')
  })

  it('ne renvoie pas un récapitulatif vide et ne l’envoie qu’une fois en parallèle', async () => {
    sent.length = 0
    expect(await sendDigestIfDue(deps('2026-11-30T13:00:00Z'))).toMatchObject({
      waiting: 'nothing-new',
    })
    pendingComment('comment.00000000-0000-4000-8000-000000000002', '2026-11-30T13:30:00Z')
    const both = await Promise.all([
      sendDigestIfDue(deps('2026-11-30T14:00:00Z')),
      sendDigestIfDue(deps('2026-11-30T14:00:00Z')),
    ])
    expect(both.map((outcome) => outcome.sent).sort()).toEqual([0, 2])
    expect(sent).toHaveLength(2)
  })
})
