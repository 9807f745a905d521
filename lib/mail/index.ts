import 'server-only'

import path from 'node:path'

import { getEnv } from '@/lib/env'

import { createMailer, type Mailer } from './transport'

let mailer: Mailer | undefined

/**
 * The process-wide mailer: SMTP when `SMTP_URL` is set, otherwise `.eml` files in
 * `<dataDir>/outbox`, every mail `From: MAIL_FROM`.
 */
export function getMailer(): Mailer {
  const env = getEnv()
  mailer ??= createMailer({
    from: env.mailFrom,
    smtpUrl: env.smtpUrl,
    // A runtime data directory, not a source: without the hint Turbopack traces the whole
    // project into the server output.
    outboxDir: path.join(
      path.resolve(/* turbopackIgnore: true */ env.dataDir ?? '.data'),
      'outbox',
    ),
  })
  return mailer
}

export { createMailer, type Mailer, type MailerOptions, type SentMail } from './transport'
export { sanitizeDisplayName, type MailRecipient, type OutgoingMail } from './message'
export {
  escapeHtml,
  excerpt,
  renderMail,
  type MailBlock,
  type MailContent,
  type MailLink,
  type MailQuote,
  type RenderedMail,
} from './template'
export { commentSubject, shortenAtWord, SUBJECT_MAX } from './subject'
export { parseEml, readOutbox, type OutboxMail } from './outbox'
