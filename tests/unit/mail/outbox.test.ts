import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseEml, readOutbox } from '@/lib/mail/outbox'
import { escapeHtml, renderMail } from '@/lib/mail/template'
import { createMailer } from '@/lib/mail/transport'
import { sanitizeDisplayName } from '@/lib/mail/message'

import { tempDataDir } from './helpers'

const FROM = 'Kiosque <no-reply@kiosque.example>'
const XSS_NAME = '<img src=x onerror=alert(1)>"Ève"'
const XSS_BODY = 'Bravo <script>alert("x")</script> & merci\n<a href="javascript:alert(1)">ici</a>'

function mailerIn(dataDir: string) {
  return createMailer({ from: FROM, outboxDir: path.join(dataDir, 'outbox') })
}

function body(name: string, text: string) {
  return renderMail({
    greeting: `Bonjour ${name},`,
    paragraphs: ['Un nouveau commentaire a été publié.'],
    quote: { author: name, body: text },
    actions: [
      { label: 'Lire la discussion', url: 'https://kiosque.example/articles/a#commentaires' },
    ],
    footer: ['Vous êtes abonné aux commentaires de cet article.'],
    unsubscribe: {
      label: 'Se désabonner',
      url: 'https://kiosque.example/abonnements/desabonner?jeton=a.b.c',
    },
  })
}

describe('outbox mailer', () => {
  it('writes one RFC 822 file per mail, sortable by time, and reads it back', async () => {
    const dataDir = tempDataDir()
    const mailer = mailerIn(dataDir)
    for (const n of [1, 2, 3]) {
      await mailer.send({
        to: { address: `Lecteur${n}@Example.com`, name: `Lectrice n° ${n}` },
        subject: `Réponse n° ${n} « à l’article »`,
        ...(await body('Hélène', `Corps ${n} : déjà vu, très juste.`)),
      })
    }
    const files = readdirSync(path.join(dataDir, 'outbox'))
    expect(files).toHaveLength(3)
    expect(
      files.every((file) => /^\d{4}-\d\d-\d\dT[\d-]+Z_\d+_\d{6}_[\w.-]+\.eml$/.test(file)),
    ).toBe(true)

    const mails = readOutbox(dataDir)
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Réponse n° 1 « à l’article »',
      'Réponse n° 2 « à l’article »',
      'Réponse n° 3 « à l’article »',
    ])
    const [first] = mails
    expect(first?.to).toBe('lecteur1@example.com')
    expect(first?.toName).toBe('Lectrice n° 1')
    expect(first?.from).toBe(FROM)
    expect(first?.messageId).toMatch(/^<.+@kiosque\.example>$/)
    expect(first?.text).toContain('Corps 1 : déjà vu, très juste.')
    expect(first?.html).toContain('<blockquote')
    expect(first?.links).toEqual([
      'https://kiosque.example/articles/a#commentaires',
      'https://kiosque.example/abonnements/desabonner?jeton=a.b.c',
    ])
    // CRLF line ends, as RFC 5322 requires on the wire.
    const raw = readFileSync(first?.file ?? '', 'utf8')
    expect(raw.split('\r\n').length).toBeGreaterThan(10)
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/\n/)
  })

  it('adds List-Unsubscribe and List-Unsubscribe-Post only to notification mails', async () => {
    const dataDir = tempDataDir()
    const mailer = mailerIn(dataDir)
    const oneClick = 'https://kiosque.example/abonnements/desabonner/un-clic?jeton=x.y.z'
    await mailer.send({
      to: { address: 'a@example.com' },
      subject: 'Notification',
      ...(await body('A', 'b')),
      listUnsubscribe: { oneClickUrl: oneClick },
    })
    await mailer.send({
      to: { address: 'a@example.com' },
      subject: 'Confirmation',
      ...(await body('A', 'b')),
    })
    const [notification, confirmation] = readOutbox(dataDir)
    expect(notification?.headers['list-unsubscribe']).toEqual([`<${oneClick}>`])
    expect(notification?.headers['list-unsubscribe-post']).toEqual(['List-Unsubscribe=One-Click'])
    expect(confirmation?.headers['list-unsubscribe']).toBeUndefined()
    expect(confirmation?.headers['list-unsubscribe-post']).toBeUndefined()
  })

  it('never lets CR/LF in a display name or subject reach a header line', async () => {
    const dataDir = tempDataDir()
    await mailerIn(dataDir).send({
      to: { address: 'eve@example.com', name: 'Eve\r\nBcc: x@y' },
      subject: 'Bonjour\r\nBcc: z@y',
      ...(await body('Eve', 'b')),
    })
    const [mail] = readOutbox(dataDir)
    const raw = readFileSync(mail?.file ?? '', 'utf8')
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'))
    expect(head).not.toMatch(/^bcc:/im)
    expect(mail?.headers.bcc).toBeUndefined()
    expect(mail?.headers.to).toHaveLength(1)
    expect(mail?.to).toBe('eve@example.com')
    expect(mail?.toName).toBe('Eve Bcc: x@y')
    expect(mail?.subject).toBe('Bonjour Bcc: z@y')
    expect(sanitizeDisplayName('A\u0000B\u202EC\tD  \n E')).toBe('A B C D E')
  })

  it('refuses a malformed recipient address', async () => {
    const mailer = mailerIn(tempDataDir())
    await expect(
      mailer.send({
        to: { address: 'a@example.com\r\nBcc: x@y' },
        subject: 's',
        text: 't',
        html: 'h',
      }),
    ).rejects.toThrow()
  })
})

describe('mail bodies', () => {
  it('escapes reader names and comment bodies in HTML and keeps them verbatim in text', async () => {
    const { text, html } = await body(XSS_NAME, XSS_BODY)
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('href="javascript:')
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; merci')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;Ève&quot;')
    expect(text).toContain(`> ${XSS_BODY.split('\n')[0]}`)
    expect(escapeHtml(`'"<>&`)).toBe('&#39;&quot;&lt;&gt;&amp;')
  })

  it('parses encoded words, quoted-printable and base64 parts', () => {
    const raw = [
      'To: =?UTF-8?Q?=C3=88ve_L?= =?UTF-8?B?w6lh?= <Eve@Example.com>',
      'Subject: =?UTF-8?B?w4AgYmllbnTDtHQ=?=',
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Caf=C3=A9 : https://kiosque.example/x?jeton=3Da=',
      'b',
      '--b1',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('<p>Café</p>').toString('base64'),
      '--b1--',
      '',
    ].join('\r\n')
    const mail = parseEml(raw)
    expect(mail.to).toBe('eve@example.com')
    expect(mail.toName).toBe('Ève Léa')
    expect(mail.subject).toBe('À bientôt')
    expect(mail.text).toBe('Café : https://kiosque.example/x?jeton=ab')
    expect(mail.html).toBe('<p>Café</p>')
    expect(mail.links).toEqual(['https://kiosque.example/x?jeton=ab'])
  })
})
