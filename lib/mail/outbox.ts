import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Reads back the `.eml` files of an outbox folder (`<dataDir>/outbox`). Made for tests and for
 * checking mails by hand offline; it understands what nodemailer writes (multipart/alternative,
 * quoted-printable or base64 UTF-8 parts, RFC 2047 encoded words), not every MIME message.
 * No `server-only` here: Playwright specs import it.
 */
export interface OutboxMail {
  file: string
  /** Lowercase header name → values in order (a header may repeat). */
  headers: Record<string, string[]>
  /** Recipient address, lowercased. */
  to: string
  /** Recipient display name, decoded ('' when absent). */
  toName: string
  from: string
  subject: string
  messageId: string
  text: string
  html: string
  /** Every http(s) URL of the text part, in order. */
  links: string[]
}

function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(
      /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g,
      (_match, _charset, encoding: string, data: string) =>
        encoding.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64').toString('utf8')
          : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    )
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = []
  const source = value.replace(/=\r?\n/g, '')
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    const hex = source.slice(i + 1, i + 3)
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(char ?? '', 'utf8'))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

function splitHeaders(raw: string): { headers: Record<string, string[]>; body: string } {
  const end = raw.search(/\r?\n\r?\n/)
  const head = end === -1 ? raw : raw.slice(0, end)
  const body = end === -1 ? '' : raw.slice(end).replace(/^\r?\n\r?\n/, '')
  const headers: Record<string, string[]> = {}
  // Unfold: a line starting with whitespace continues the previous header.
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    ;(headers[name] ??= []).push(line.slice(colon + 1).trim())
  }
  return { headers, body }
}

function decodeBody(body: string, headers: Record<string, string[]>): string {
  const encoding = (headers['content-transfer-encoding']?.[0] ?? '7bit').toLowerCase()
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body)
  return body
}

/** Text and HTML parts of a (possibly multipart) body. */
function parts(body: string, headers: Record<string, string[]>): { text: string; html: string } {
  const type = headers['content-type']?.[0] ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (/^multipart\//i.test(type) && boundary) {
    const found = { text: '', html: '' }
    for (const chunk of body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) break
      const part = splitHeaders(chunk.replace(/^\r?\n/, ''))
      const inner = parts(part.body.replace(/\r?\n$/, ''), part.headers)
      found.text ||= inner.text
      found.html ||= inner.html
    }
    return found
  }
  const decoded = decodeBody(body, headers).replace(/\r\n/g, '\n')
  return /^text\/html/i.test(type) ? { text: '', html: decoded } : { text: decoded, html: '' }
}

/** Parses one raw RFC 822 message. */
export function parseEml(raw: string, file = ''): OutboxMail {
  const { headers, body } = splitHeaders(raw)
  const first = (name: string) => decodeWords(headers[name]?.[0] ?? '')
  const to = first('to')
  const address = /<([^>]+)>\s*$/.exec(to)?.[1] ?? to
  const toName = to.includes('<')
    ? to.slice(0, to.lastIndexOf('<')).trim().replace(/^"|"$/g, '')
    : ''
  const { text, html } = parts(body, headers)
  return {
    file,
    headers,
    to: address.trim().toLowerCase(),
    toName: toName.replace(/\\(.)/g, '$1'),
    from: first('from'),
    subject: first('subject'),
    messageId: first('message-id'),
    text,
    html,
    links: text.match(/https?:\/\/[^\s<>"]+/g) ?? [],
  }
}

/** Every mail of `<dataDir>/outbox`, oldest first (file names sort by time). */
export function readOutbox(dataDir: string): OutboxMail[] {
  const dir = path.join(dataDir, 'outbox')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .sort()
    .map((name) => parseEml(readFileSync(path.join(dir, name), 'utf8'), path.join(dir, name)))
}
