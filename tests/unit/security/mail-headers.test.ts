import nodemailer from 'nodemailer'
import { describe, expect, it } from 'vitest'

import { toSendMailOptions } from '@/lib/mail/message'
import { XSS_PAYLOADS } from '@/tests/fixtures/xss-payloads'

/*
 * A reader's name ends up in the To header of their notifications. Each name below tries to
 * add a header (Bcc, a second Content-Type) with every line break a mail stack might honour;
 * the message is built by nodemailer itself, then its header block is read back.
 */
const BREAKS = [
  '\r\n',
  '\n',
  '\r',
  '\r\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u000B',
  '\u000C',
  '\r\n\t',
  '\r\n ',
]
const INJECTIONS = [
  'Bcc: victime@example.com',
  'Cc: victime@example.com',
  'To: victime@example.com',
  'Content-Type: text/html',
  'Subject: Gagnant !',
  '\r\n<script>alert(1)</script>',
]
const ALLOWED = new Set([
  'from',
  'to',
  'subject',
  'message-id',
  'date',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'list-unsubscribe',
  'list-unsubscribe-post',
])

const transport = nodemailer.createTransport({
  streamTransport: true,
  buffer: true,
  newline: 'windows',
})

/** Decodes RFC 2047 encoded words (=?utf-8?Q?…?= and =?utf-8?B?…?=), as a mail client shows them. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?[^?]+\?([QqBb])\?([^?]*)\?=/g, (_, encoding: string, text: string) => {
      if (encoding.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8')
      const bytes = text
        .replace(/_/g, ' ')
        .replace(/=([0-9A-Fa-f]{2})/g, (__, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      return Buffer.from(bytes, 'latin1').toString('utf8')
    })
}

async function headersOf(name: string, subject: string): Promise<string[]> {
  const info = await transport.sendMail(
    toSendMailOptions(
      {
        to: { address: 'lecteur@example.fr', name },
        subject,
        text: 'Bonjour',
        html: '<p>Bonjour</p>',
        listUnsubscribe: { oneClickUrl: 'https://kiosque.example/u' },
      },
      'Kiosque <no-reply@kiosque.example>',
    ),
  )
  const raw = Buffer.isBuffer(info.message) ? info.message.toString('utf8') : ''
  const head = raw.slice(0, raw.indexOf('\r\n\r\n'))
  // Unfold continuation lines (RFC 5322 §2.2.3) to get one entry per header field.
  return head.replace(/\r\n[ \t]/g, ' ').split('\r\n')
}

describe('CR/LF in names and subjects', () => {
  it('never adds a header field, whatever the line break', async () => {
    const names = [
      ...BREAKS.flatMap((lineBreak) => INJECTIONS.map((header) => `Lucie${lineBreak}${header}`)),
      ...XSS_PAYLOADS.filter((payload) => /[\r\n]/.test(payload)),
    ]
    let built = 0
    for (const name of names) {
      const fields = await headersOf(name, `Nouveau commentaire${name}`)
      built++
      const names = fields.map((field) => field.slice(0, field.indexOf(':')).toLowerCase())
      expect(names.filter((field) => !ALLOWED.has(field))).toEqual([])
      expect(names.filter((field) => field === 'to')).toHaveLength(1)
      expect(names.filter((field) => field === 'content-type')).toHaveLength(1)
      // Encoded or not, the line break must not survive into what a mail client decodes.
      for (const field of fields.filter((line) => /^(to|subject):/i.test(line))) {
        expect(decodeWords(field)).not.toMatch(/[\r\n\u000B\u000C\u0085\u2028\u2029]/)
      }
    }
    expect(built).toBeGreaterThan(0)
  })
})
