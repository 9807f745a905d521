import type { SendMailOptions } from 'nodemailer'
import { z } from 'zod'

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

/**
 * A display name safe for a header: control and format characters (CR, LF, tab, bidi marks…)
 * become spaces, runs of spaces collapse, length is capped. Nodemailer then quotes or
 * encodes what remains, so a name can never add a header line.
 */
export function sanitizeDisplayName(name: string | undefined): string {
  return (name ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
}

/** Subject lines get the same treatment (they may quote an editorial headline). */
function sanitizeSubject(subject: string): string {
  return sanitizeDisplayName(subject.length > 200 ? subject.slice(0, 200) : subject) || 'Kiosque'
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
