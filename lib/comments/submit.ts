import { randomBytes, randomUUID } from 'node:crypto'
import type { DatabaseSync } from 'node:sqlite'

import { privateTransaction } from '@/lib/private/db'

import { isBanned } from './bans'
import { checkStartToken, refundStartToken, spendStartToken } from './form-token'
import { consumeRateLimit, refundRateLimit, submissionBuckets } from './ratelimit'
import {
  APPROVED_MESSAGE,
  type CommentField,
  type CommentInput,
  parseCommentForm,
  PENDING_MESSAGE,
  QUOTE_MAX,
} from './schema'
import { DUPLICATE_WINDOW_MS, spamReason } from './spam'
import type { CommentStore, CommentTarget, ModerationEntry, NewCommentDocument } from './store'
import { passageExcerpt } from './text'

/** Everything a submission touches, passed in so tests use temporary stores. */
export interface SubmitContext {
  store: CommentStore
  /** Private database: rate limits and bans. */
  db: DatabaseSync
  secret: string
  /** Client address from the trusted proxy header, or the shared `direct` bucket. */
  ip: string
  /** siteSettings.commentsAutoApproveKnownAuthors */
  autoApproveKnownAuthors: boolean
  now?: Date
}

/** Outcome of a submission. `renewToken`: the form must get a fresh start token. */
export type SubmitOutcome =
  | {
      ok: true
      status: NewCommentDocument['status']
      comment: NewCommentDocument
      slug: string
      message: string
    }
  | { ok: false; errors: Partial<Record<CommentField, string>>; renewToken?: boolean }

export { APPROVED_MESSAGE, PENDING_MESSAGE } from './schema'

const fail = (
  errors: Partial<Record<CommentField, string>>,
  renewToken = false,
): SubmitOutcome => ({
  ok: false,
  errors,
  renewToken,
})

const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The quoted passage to store: the reader's selection if it is in the block, else its start. */
function anchorOf(
  target: CommentTarget,
  input: CommentInput,
): NewCommentDocument['anchor'] | 'missing' | 'mismatch' | undefined {
  if (!input.anchorBlockKey) return undefined
  const block = target.blocks?.find(
    (item) => item._key === input.anchorBlockKey && item._type !== 'bodyImage',
  )
  if (!block) return 'missing'
  if (input.anchorQuote) {
    if (!flat(block.text).includes(flat(input.anchorQuote))) return 'mismatch'
    return { _type: 'commentAnchor', blockKey: block._key, quote: input.anchorQuote }
  }
  return {
    _type: 'commentAnchor',
    blockKey: block._key,
    quote: passageExcerpt(block.text, QUOTE_MAX),
  }
}

const key = () => randomBytes(6).toString('hex')

/**
 * Validates and stores a comment: form rules, start token (3 s minimum), article and parent,
 * passage, rate limits (IP and e-mail), duplicates (24 h), bans and links (held as spam), then
 * pre-moderation (`pending`, or `approved` for a known author when the setting allows it).
 */
export async function submitComment(
  formData: FormData,
  ctx: SubmitContext,
): Promise<SubmitOutcome> {
  const now = ctx.now ?? new Date()
  const parsed = parseCommentForm(formData)
  if (!parsed.ok) return fail(parsed.errors)
  const input = parsed.data

  const start = checkStartToken(input.startToken, ctx.secret, now.getTime())
  if (!start.ok && start.reason === 'too-fast') {
    return fail(
      {
        form: 'Vous avez envoyé le formulaire très vite, comme le ferait un robot. Relisez votre commentaire puis envoyez-le à nouveau.',
      },
      true,
    )
  }
  if (!start.ok) {
    return fail(
      {
        form: 'Pour confirmer qu’il ne s’agit pas d’un envoi automatique, vérifiez votre commentaire puis envoyez-le à nouveau.',
      },
      true,
    )
  }

  const target = await ctx.store.getTarget(input.articleId, input.parentId ?? null)
  if (!target)
    return fail({ form: 'Cet article n’accepte pas de commentaire (il est introuvable).' })
  if (input.parentId && target.parent?.status !== 'approved') {
    return fail({
      parentId: 'Le commentaire auquel vous répondez est introuvable ou n’est pas publié.',
    })
  }
  const anchor = anchorOf(target, input)
  if (anchor === 'missing')
    return fail({ anchorBlockKey: 'Le passage commenté est introuvable dans l’article.' })
  if (anchor === 'mismatch')
    return fail({
      anchorQuote: 'L’extrait cité ne figure pas tel quel dans ce passage de l’article.',
    })

  const email = input.email.toLowerCase()
  const buckets = submissionBuckets(ctx.secret, { ip: ctx.ip, email })
  const { fresh, allowed, banned } = privateTransaction(ctx.db, () => {
    // Spent first: a replayed token must not count against the limits of the one who holds it.
    if (!spendStartToken(ctx.db, start, now.getTime())) return { fresh: false }
    return {
      fresh: true,
      allowed: consumeRateLimit(ctx.db, buckets, { now: now.getTime() }),
      banned: isBanned(ctx.db, { email, ip: ctx.ip }),
    }
  })
  if (!fresh) {
    return fail(
      {
        form: 'Ce formulaire a déjà servi à envoyer un commentaire. Vérifiez votre texte puis envoyez-le à nouveau.',
      },
      true,
    )
  }
  if (!allowed) {
    return fail({
      form: 'Vous avez envoyé beaucoup de commentaires en peu de temps. Réessayez un peu plus tard.',
    })
  }
  try {
    return await record(input, email, target, anchor, banned, now, ctx)
  } catch (error) {
    // The content store failed (down, timed out): the reader keeps the text and tries again,
    // so this attempt must not count against their limits.
    refundRateLimit(ctx.db, buckets, now.getTime())
    refundStartToken(ctx.db, start.id)
    throw error
  }
}

/** Duplicates, spam and pre-moderation, then the one write of the comment document. */
async function record(
  input: CommentInput,
  email: string,
  target: CommentTarget,
  anchor: NewCommentDocument['anchor'],
  banned: boolean,
  now: Date,
  ctx: SubmitContext,
): Promise<SubmitOutcome> {
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString()
  if ((await ctx.store.countDuplicates(email, input.body, since)) > 0) {
    return fail({
      body: 'Vous avez déjà envoyé ce commentaire : il est enregistré et attend la modération.',
    })
  }

  const at = now.toISOString()
  const moderation: ModerationEntry[] = [
    { _key: key(), _type: 'moderationEvent', action: 'submitted', by: input.name, at },
  ]
  const reason = spamReason({ body: input.body, banned })
  let status: NewCommentDocument['status'] = 'pending'
  if (reason) {
    status = 'spam'
    moderation.push({
      _key: key(),
      _type: 'moderationEvent',
      action: 'spam',
      by: 'Filtre automatique',
      at,
      note: reason,
    })
  } else if (ctx.autoApproveKnownAuthors && (await ctx.store.countApprovedBy(email)) > 0) {
    status = 'approved'
    moderation.push({
      _key: key(),
      _type: 'moderationEvent',
      action: 'approved',
      by: 'Approbation automatique',
      at,
    })
  }

  const comment: NewCommentDocument = {
    _id: `comment.${randomUUID()}`,
    _type: 'comment',
    article: { _type: 'reference', _ref: target._id },
    ...(input.parentId
      ? { parent: { _type: 'reference', _ref: input.parentId, _weak: true } }
      : {}),
    authorName: input.name,
    authorEmail: input.email,
    body: input.body,
    status,
    votes: 0,
    createdAt: at,
    ...(anchor ? { anchor } : {}),
    moderation,
  }
  await ctx.store.create(comment)
  return {
    ok: true,
    status,
    comment,
    slug: target.slug,
    message: status === 'approved' ? APPROVED_MESSAGE : PENDING_MESSAGE,
  }
}
