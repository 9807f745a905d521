import { z } from 'zod'

import { BODY_MAX, EMAIL_MAX, NAME_MAX, QUOTE_MAX } from './form-limits'

/*
 * The comment form as the server accepts it, in the Server Action. Server-side only in practice:
 * client components take the limits from ./form-limits.
 */

// The limits live in a zod-free module so client components can show them without shipping zod
// (whose eval probe would trip the Content-Security-Policy).
export { BODY_MAX, EMAIL_MAX, NAME_MAX, QUOTE_MAX } from './form-limits'

/** Shown when a comment awaits moderation (also for held spam: the reader is not told). */
export const PENDING_MESSAGE = 'Votre commentaire est en attente de modération.'
/** Shown when a known author's comment is published at once. */
export const APPROVED_MESSAGE = 'Merci ! Votre commentaire est publié.'
/** Shown when the author has edited a comment (it then awaits moderation again). */
export const EDITED_MESSAGE =
  'Votre commentaire est modifié. Il sera publié dans sa nouvelle version après modération.'

// C0 controls and DEL; the body allows line feeds and tabs, names allow neither.
const CONTROL = /[\u0000-\u001F\u007F]/
const BODY_CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/
// Bidirectional embeddings, overrides and isolates: they let a text display differently from
// what it says (« Trojan Source »).
const BIDI = /[\u202A-\u202E\u2066-\u2069]/
// Characters that print nothing (zero-width spaces and joiners, direction marks, word joiner,
// soft hyphen, Hangul fillers, tags…) and line or paragraph separators: in a name they make two
// names that look the same differ, or let one pass for another. Emoji presentation selectors
// (U+FE0E, U+FE0F) only choose how the previous character is drawn and stay allowed.
const INVISIBLE =
  /(?![\uFE0E\uFE0F])[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\u2028\u2029]/u

// A lone surrogate, or U+FFFD: what invalid UTF-8 bytes become once decoded by the browser or
// the server. Refused rather than stored, so no one sees « � » where a letter was meant.
const badlyEncoded = (value: string) => !value.isWellFormed() || value.includes('\uFFFD')

const length = (value: string) => [...value].length
const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('')])
  .optional()
  .transform((value) => value === 'on' || value === 'true')

const name = z
  .string({ message: 'Indiquez votre nom.' })
  // One spelling per name: « é » typed as one character or as « e » + accent is the same name.
  .transform((value) => (value.isWellFormed() ? value.normalize('NFC') : value).trim())
  .pipe(z.string().min(1, { message: 'Indiquez votre nom.' }))
  .refine((value) => length(value) <= NAME_MAX, {
    message: `Votre nom ne doit pas dépasser ${NAME_MAX} caractères.`,
  })
  .refine((value) => !CONTROL.test(value), {
    message: 'Votre nom doit tenir sur une ligne, sans caractère de contrôle.',
  })
  .refine((value) => !BIDI.test(value), {
    message: 'Votre nom contient des caractères d’inversion du sens du texte, refusés.',
  })
  .refine((value) => !INVISIBLE.test(value), {
    message:
      'Votre nom contient des caractères invisibles (espace sans largeur, marque de direction…) : retapez-le.',
  })
  .refine((value) => !badlyEncoded(value), {
    message: 'Votre nom contient des caractères mal encodés (« � ») : retapez-le.',
  })

const email = z
  .string({ message: 'Indiquez votre adresse e-mail.' })
  .trim()
  .min(1, { message: 'Indiquez votre adresse e-mail.' })
  .max(EMAIL_MAX, { message: `Votre adresse e-mail ne doit pas dépasser ${EMAIL_MAX} caractères.` })
  .pipe(z.email({ message: 'Cette adresse e-mail n’est pas valide (exemple : nom@domaine.fr).' }))

const body = z
  .string({ message: 'Écrivez votre commentaire.' })
  .transform((value) => value.replace(/\r\n?/g, '\n').trim())
  .superRefine((value, ctx) => {
    if (value === '') {
      ctx.addIssue({ code: 'custom', message: 'Écrivez votre commentaire.' })
    } else if (length(value) > BODY_MAX) {
      ctx.addIssue({
        code: 'custom',
        message: `Votre commentaire compte ${length(value).toLocaleString('fr-FR')} caractères : raccourcissez-le à ${BODY_MAX.toLocaleString('fr-FR')} au plus.`,
      })
    } else if (value.includes('\u0000')) {
      ctx.addIssue({
        code: 'custom',
        message: 'Votre commentaire contient un caractère nul, refusé.',
      })
    } else if (BIDI.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'Votre commentaire contient des caractères d’inversion du sens du texte (U+202E…), refusés.',
      })
    } else if (badlyEncoded(value)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'Votre commentaire contient des caractères mal encodés (« � ») : retapez ou recollez le passage concerné.',
      })
    } else if (BODY_CONTROL.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: 'Votre commentaire contient un caractère de contrôle, refusé.',
      })
    }
  })

/** The text of a comment, as the form and its author's edit accept it. */
export const commentBodySchema = body

const optionalId = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || pattern.test(value), { message })

/** The fields of the comment form, parsed from `FormData`. */
export const commentFormSchema = z.object({
  articleId: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, { message: 'Article inconnu.' }),
  name,
  email,
  body,
  consent: checkbox.refine((value) => value, {
    message:
      'Cochez cette case : sans votre accord, nous ne pouvons pas publier votre commentaire.',
  }),
  notifyThread: checkbox,
  notifyReplies: checkbox,
  parentId: optionalId(
    /^comment\.[0-9a-f-]{36}$/,
    'Le commentaire auquel vous répondez est introuvable.',
  ),
  anchorBlockKey: optionalId(/^[A-Za-z0-9_-]{1,64}$/, 'Le passage commenté est introuvable.'),
  anchorQuote: z
    .string()
    .optional()
    .transform((value) => (value ?? '').replace(/[\t\n\r ]+/g, ' ').trim())
    .refine((value) => length(value) <= QUOTE_MAX, {
      message: `Le passage cité ne doit pas dépasser ${QUOTE_MAX} caractères.`,
    })
    .refine((value) => !CONTROL.test(value) && !BIDI.test(value), {
      message: 'Le passage cité contient des caractères refusés.',
    }),
  // Honeypot: hidden from people, filled by naive robots.
  website: z
    .string()
    .optional()
    .refine((value) => !value, {
      message: 'Ce champ doit rester vide : votre envoi ressemble à celui d’un robot.',
    }),
  startToken: z.string().optional(),
})

/** A valid submission. */
export type CommentInput = z.output<typeof commentFormSchema>

/** Field names the form shows errors for. */
export type CommentField = keyof z.input<typeof commentFormSchema> | 'form'

/** What the reader typed, echoed back so nothing is lost on a refusal. */
export interface CommentFormValues {
  name: string
  email: string
  body: string
  notifyThread: boolean
  notifyReplies: boolean
  consent: boolean
  parentId: string
  anchorBlockKey: string
  anchorQuote: string
}

/** What became of an accepted comment: published, awaiting a moderator, or held as spam. */
export type CommentOutcome = 'approved' | 'pending' | 'spam'

/** Result of the comment Server Action, for `useActionState`. */
export type CommentFormState =
  | { status: 'idle'; startToken?: string }
  | {
      status: 'ok'
      outcome: CommentOutcome
      message: string
      /** The stored comment, for its author's edit capability (server-side, never shown). */
      commentId?: string
      startToken?: string
    }
  | {
      status: 'error'
      errors: Partial<Record<CommentField, string>>
      values: CommentFormValues
      startToken?: string
    }

function text(formData: FormData, key: string): string {
  const value = formData.get(key)
  return typeof value === 'string' ? value : ''
}

/** The typed values of a submission, raw, to fill the form again. */
export function formValues(formData: FormData): CommentFormValues {
  return {
    name: text(formData, 'name'),
    email: text(formData, 'email'),
    body: text(formData, 'body'),
    notifyThread: text(formData, 'notifyThread') === 'on',
    notifyReplies: text(formData, 'notifyReplies') === 'on',
    consent: text(formData, 'consent') === 'on',
    parentId: text(formData, 'parentId'),
    anchorBlockKey: text(formData, 'anchorBlockKey'),
    anchorQuote: text(formData, 'anchorQuote'),
  }
}

/** Parses a submission; on failure, one French message per field (the first issue). */
export function parseCommentForm(
  formData: FormData,
): { ok: true; data: CommentInput } | { ok: false; errors: Partial<Record<CommentField, string>> } {
  const raw: Record<string, string | undefined> = {}
  for (const key of Object.keys(commentFormSchema.shape)) {
    const value = formData.get(key)
    raw[key] = typeof value === 'string' ? value : undefined
  }
  const result = commentFormSchema.safeParse(raw)
  if (result.success) return { ok: true, data: result.data }
  const errors: Partial<Record<CommentField, string>> = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form') as CommentField
    errors[field] ??= issue.message
  }
  return { ok: false, errors }
}
