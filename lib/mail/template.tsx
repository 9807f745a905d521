/**
 * Every mail of Kiosque is one `MailContent` (greeting, paragraphs, the quoted comment, buttons,
 * links, small print) rendered twice by `renderMail`: as HTML through React Email components
 * (tables and inline styles that mail clients understand, buttons as real links, long text
 * wrapped so the mail never scrolls sideways) and as plain text written here, one URL per line
 * (`Label : URL`). Reader-supplied strings (names, comment bodies, headlines) are React text
 * children, so they are escaped, never markup. docs/mail.md shows how to add a mail.
 */
import {
  Body,
  Button,
  Container,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from '@react-email/components'
import { render } from '@react-email/render'
import type { CSSProperties, ReactNode } from 'react'

/** A link: a button when it is one of `actions`, a text link otherwise. */
export interface MailLink {
  label: string
  url: string
}

/** A quoted comment: who wrote it and what. */
export interface MailQuote {
  author: string
  body: string
}

/** One comment of a mail: an optional heading, its quote, its buttons, its links. */
export interface MailBlock {
  heading?: string
  quote?: MailQuote
  /** Buttons, the main action first (it gets the dark button). */
  actions?: MailLink[]
  /** Lesser links under the buttons (the article, the comment in the queue…). */
  links?: MailLink[]
}

/** The content of one mail, before rendering. */
export interface MailContent extends MailBlock {
  /** The line inboxes show after the subject (defaults to the first paragraph). */
  preview?: string
  /** First line, « Bonjour Camille, ». */
  greeting: string
  paragraphs: string[]
  /** Further comments, each with its own quote and buttons (the moderators' digest). */
  items?: MailBlock[]
  /** Paragraphs after the comments and buttons. */
  notes?: string[]
  /** Small print under a rule: why this mail was sent, how to stop it. */
  footer: string[]
  /** Link to stop these mails, shown in the footer. */
  unsubscribe?: MailLink
}

/** A rendered mail body. */
export interface RenderedMail {
  text: string
  html: string
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for an HTML element or a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)
}

/** Shortens a comment body for a notification, on a word boundary. */
export function excerpt(body: string, max = 600): string {
  const clean = body.trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`
}

// --- Plain text -----------------------------------------------------------------------------

function blockText(block: MailBlock): string[] {
  const lines: string[] = []
  if (block.heading) lines.push(block.heading, '')
  if (block.quote) {
    lines.push(`${block.quote.author} :`)
    lines.push(...block.quote.body.split(/\r?\n/).map((line) => `> ${line}`), '')
  }
  for (const group of [block.actions, block.links]) {
    if (!group?.length) continue
    lines.push(...group.map((link) => `${link.label} : ${link.url}`), '')
  }
  return lines
}

function mailText(content: MailContent): string {
  const lines = [content.greeting, '', ...content.paragraphs.flatMap((p) => [p, ''])]
  lines.push(...blockText(content))
  for (const item of content.items ?? []) lines.push(...blockText(item))
  lines.push(...(content.notes ?? []).flatMap((note) => [note, '']))
  lines.push('-- ', ...content.footer)
  if (content.unsubscribe) lines.push(`${content.unsubscribe.label} : ${content.unsubscribe.url}`)
  return `${lines.join('\n')}\n`
}

// --- HTML -----------------------------------------------------------------------------------

const INK = '#1a1a1a'
const MUTED = '#555555'
const RULE = '#d6d2c8'
// Long words (a URL pasted in a comment, a name without spaces) wrap instead of widening the mail.
const wrap: CSSProperties = { overflowWrap: 'anywhere', wordBreak: 'break-word' }
const text: CSSProperties = { ...wrap, fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' }
const small: CSSProperties = { ...wrap, fontSize: '13px', lineHeight: '20px', color: MUTED }
const button: CSSProperties = {
  display: 'inline-block',
  padding: '12px 18px',
  margin: '0 8px 8px 0',
  borderRadius: '4px',
  border: `2px solid ${INK}`,
  fontFamily: 'Helvetica, Arial, sans-serif',
  fontSize: '15px',
  fontWeight: 'bold',
  lineHeight: '20px',
  textDecoration: 'none',
}

/** Line breaks of reader text as <br>, the text itself as escaped React text. */
function lines(value: string): ReactNode[] {
  return value
    .split(/\r?\n/)
    .flatMap((line, index) => (index === 0 ? [line] : [<br key={index} />, line]))
}

function Block({ block }: { block: MailBlock }) {
  return (
    <Section style={{ margin: '0 0 8px' }}>
      {block.heading && (
        <Text style={{ ...text, fontFamily: 'Helvetica, Arial, sans-serif', fontWeight: 'bold' }}>
          {block.heading}
        </Text>
      )}
      {block.quote && (
        <blockquote
          style={{
            borderLeft: `3px solid ${RULE}`,
            padding: '4px 0 4px 16px',
            margin: '0 0 20px',
          }}
        >
          <Text style={{ ...text, fontWeight: 'bold', margin: '0 0 4px' }}>
            {block.quote.author}
          </Text>
          <Text style={{ ...text, margin: 0 }}>{lines(block.quote.body)}</Text>
        </blockquote>
      )}
      {block.actions?.length ? (
        <Section style={{ margin: '0 0 12px' }}>
          {block.actions.map((action, index) => (
            <Button
              key={action.url}
              href={action.url}
              style={{
                ...button,
                backgroundColor: index === 0 ? INK : '#ffffff',
                color: index === 0 ? '#ffffff' : INK,
              }}
            >
              {action.label}
            </Button>
          ))}
        </Section>
      ) : null}
      {block.links?.length ? (
        <Text style={{ ...text, fontSize: '15px' }}>
          {block.links.flatMap((link, index) => [
            index > 0 ? <br key={`br-${link.url}`} /> : null,
            <Link
              key={link.url}
              href={link.url}
              style={{ color: INK, textDecoration: 'underline' }}
            >
              {link.label}
            </Link>,
          ])}
        </Text>
      ) : null}
    </Section>
  )
}

function MailDocument({ content }: { content: MailContent }) {
  return (
    <Html lang="fr" dir="ltr">
      {/* Not React Email's <Head>: its http-equiv meta is one more element for clients to vet. */}
      {/* eslint-disable-next-line @next/next/no-head-element -- a mail, not a Next page */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
      </head>
      <Preview>{content.preview ?? content.paragraphs[0] ?? content.greeting}</Preview>
      <Body
        style={{
          margin: 0,
          padding: '24px 12px',
          backgroundColor: '#ffffff',
          color: INK,
          fontFamily: 'Georgia, "Times New Roman", serif',
        }}
      >
        <Container style={{ maxWidth: '560px', width: '100%', margin: '0 auto' }}>
          <Text style={text}>{content.greeting}</Text>
          {content.paragraphs.map((paragraph, index) => (
            <Text key={index} style={text}>
              {lines(paragraph)}
            </Text>
          ))}
          <Block block={content} />
          {(content.items ?? []).map((item, index) => (
            <Section key={index}>
              {index > 0 && <Hr style={{ borderColor: RULE, margin: '8px 0 20px' }} />}
              <Block block={item} />
            </Section>
          ))}
          {(content.notes ?? []).map((note, index) => (
            <Text key={index} style={text}>
              {note}
            </Text>
          ))}
          <Hr style={{ borderColor: RULE, margin: '24px 0 8px' }} />
          {content.footer.map((line, index) => (
            <Text key={index} style={{ ...small, margin: '8px 0' }}>
              {line}
            </Text>
          ))}
          {content.unsubscribe && (
            <Text style={{ ...small, margin: '8px 0' }}>
              <Link href={content.unsubscribe.url} style={{ color: MUTED }}>
                {content.unsubscribe.label}
              </Link>
            </Text>
          )}
        </Container>
      </Body>
    </Html>
  )
}

/** Renders the HTML and plain-text versions of a mail. */
export async function renderMail(content: MailContent): Promise<RenderedMail> {
  return { html: await render(<MailDocument content={content} />), text: mailText(content) }
}
