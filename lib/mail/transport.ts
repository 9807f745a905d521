import { renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import nodemailer from 'nodemailer'

import { ensurePrivateDir, PRIVATE_FILE_MODE } from '@/lib/security/private-files'

import { toSendMailOptions, type OutgoingMail } from './message'

/** What a send returns: the Message-ID, and the outbox file when no SMTP server is set. */
export interface SentMail {
  messageId: string
  file?: string
}

/** Sends mails; one per process and configuration. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<SentMail>
}

/** Options of `createMailer`. */
export interface MailerOptions {
  /** `From:` of every mail (MAIL_FROM). */
  from: string
  /** SMTP server URL; when absent mails are written to `outboxDir`. */
  smtpUrl?: string
  /** Where `.eml` files go without SMTP (`<dataDir>/outbox`). */
  outboxDir: string
}

let sequence = 0

/** A file name that sorts by time, then by order of sending within this process. */
function outboxFileName(messageId: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const order = String(++sequence % 1_000_000).padStart(6, '0')
  const id = messageId.replace(/[^A-Za-z0-9._-]/g, '').slice(0, 80)
  return `${stamp}_${process.pid}_${order}_${id}.eml`
}

/**
 * A mailer over SMTP when `smtpUrl` is set, otherwise over nodemailer's stream transport, which
 * builds the complete RFC 822 message (CRLF line ends) and writes it as an `.eml` file: the
 * offline default, and what the tests read back with `readOutbox`.
 */
export function createMailer(options: MailerOptions): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl)
    return {
      async send(mail) {
        const info = await transport.sendMail(toSendMailOptions(mail, options.from))
        return { messageId: info.messageId }
      },
    }
  }
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
  })
  return {
    async send(mail) {
      const info = await transport.sendMail(toSendMailOptions(mail, options.from))
      const raw = Buffer.isBuffer(info.message) ? info.message : Buffer.from(String(info.message))
      ensurePrivateDir(options.outboxDir)
      const file = path.join(options.outboxDir, outboxFileName(info.messageId, new Date()))
      // Written then renamed, so a reader never sees half a message.
      writeFileSync(`${file}.tmp`, raw, { mode: PRIVATE_FILE_MODE })
      renameSync(`${file}.tmp`, file)
      return { messageId: info.messageId, file }
    },
  }
}
