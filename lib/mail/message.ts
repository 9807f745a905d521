import type { SendMailOptions } from 'nodemailer'
import { z } from 'zod'

import { shortenAtWord } from './subject'

/** One recipient: an address and, optionally, a display name typed by a reader. */
export interface MailRecipient {
  address: string
  name?: string
}

/** A mail ready to send: rendered bodies plus, for notifications, the unsubscribe links. */
export interface OutgoingMail {
  to: MailRecipient
  subject: string
  text: string
  html: string
  /**
   * RFC 8058 one-click unsubscribe: `oneClickUrl` goes into `List-Unsubscribe` (mail clients POST
   * to it), the page link stays in the body for people.
   */
  listUnsubscribe?: { oneClickUrl: string }
}

const addressSchema = z.email({ message: 'adresse e-mail invalide' }).max(254)

/** Control and format characters (CR, LF, tab, bidi marks…) as spaces, runs of spaces collapsed. */
function headerText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * A display name safe for a header: `headerText`, length capped. Nodemailer then quotes or
 * encodes what remains, so a name can never add a header line.
 */
export function sanitizeDisplayName(name: string | undefined): string {
  return headerText(name ?? '').slice(0, 80)
}

/**
 * Subject lines get the same treatment (they may quote a reader's name and an editorial
 * headline); a subject longer than a mail builder would make is shortened at a word boundary.
 */
export function sanitizeSubject(subject: string): string {
  return shortenAtWord(headerText(subject.slice(0, 1000)), 150) || 'Kiosque'
}

/**
 * Turns an `OutgoingMail` into nodemailer options. Throws on an invalid recipient address: the
 * callers validated it already, so reaching here with one is a bug worth a loud failure.
 */
export function toSendMailOptions(mail: OutgoingMail, from: string): SendMailOptions {
  const address = addressSchema.parse(mail.to.address.trim())
  const name = sanitizeDisplayName(mail.to.name)
  const options: SendMailOptions = {
    from,
    to: name ? { name, address } : address,
    subject: sanitizeSubject(mail.subject),
    text: mail.text,
    html: mail.html,
  }
  if (mail.listUnsubscribe) {
    options.list = { unsubscribe: mail.listUnsubscribe.oneClickUrl }
    options.headers = { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
  }
  return options
}
