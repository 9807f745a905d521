import type { Metadata } from 'next'
import Link from 'next/link'

import { exactDateFr } from '@/lib/comments/text'
import { resolveHref } from '@/lib/href'
import { getModeratorById } from '@/lib/moderation/accounts'
import { readComment } from '@/lib/moderation/decisions'
import {
  decisionTokenId,
  findDecisionLinkUse,
  verifyDecision,
  type LinkDecision,
} from '@/lib/moderation/links'
import { getModerationBackend } from '@/lib/moderation/store'
import { getPrivateDb } from '@/lib/private'
import { getServerSecret } from '@/lib/security/secret'
import { linkClass } from '@/components/moderation/labels'
import { commentStatuses, labelOf } from '@/sanity/schemaTypes/lists'

import { decideAction } from './actions'

// The token is in the URL: never send it to another site in a Referer header.
export const metadata: Metadata = { title: 'Décision de modération', referrer: 'no-referrer' }

const labels = { approve: 'Approuver', reject: 'Rejeter', spam: 'Classer en spam' } as const

const INVALID = 'Ce lien n’est pas valable.'

// Outcomes of a confirmed decision: shown only from the recorded use of a link (`enregistree`).
const recorded: Record<LinkDecision, string> = {
  approve: 'Décision enregistrée : le commentaire est approuvé et publié.',
  reject: 'Décision enregistrée : le commentaire est rejeté.',
  spam: 'Décision enregistrée : le commentaire est classé en spam.',
}

const past: Record<LinkDecision, string> = {
  approve: 'approuvé',
  reject: 'rejeté',
  spam: 'classé en spam',
}

// Refusals, the only messages a `resultat` parameter can select.
const refusals: Record<string, string> = {
  unchanged: 'Rien à faire : le commentaire avait déjà ce statut.',
  stale: 'Ce commentaire a été modifié entre-temps. Ouvrez la file de modération pour le revoir.',
  notFound: 'Ce commentaire n’existe plus.',
  compte:
    'Ce lien n’est plus valable : le compte de modération auquel il était destiné n’existe plus.',
  expired: 'Ce lien a expiré (validité : 72 heures). Modérez ce commentaire depuis la file.',
  signature: INVALID,
  malformed: INVALID,
}

/** « par Léa, le 3 décembre 2026 à 10 h 12 », from what is known. */
function byWhen(by: string | null | undefined, at: string | Date | null | undefined): string {
  const when = at ? exactDateFr(typeof at === 'string' ? at : at.toISOString()) : null
  return [by ? `par ${by}` : null, when ? `le ${when}` : null].filter(Boolean).join(', ')
}

// Reads the session (or a signed token) and the clock on every request; see ../layout.tsx.
export const instant = false

interface DecisionPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

function Message({ text }: { text: string }) {
  return (
    <main id="contenu" className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl font-bold">Décision de modération</h1>
      <p role="status" className="mt-6" data-testid="decision-result">
        {text}
      </p>
      <p className="mt-6">
        <Link href="/moderation" className={linkClass}>
          Ouvrir la file de modération
        </Link>
      </p>
    </main>
  )
}

/**
 * GET shows the comment and asks for confirmation; only the POSTed form changes anything. A link
 * already used, or a comment already decided, is told so (who, when) with no button.
 */
export default async function DecisionPage({ searchParams }: DecisionPageProps) {
  const params = await searchParams
  const db = getPrivateDb()
  if (typeof params.enregistree === 'string') {
    const use = findDecisionLinkUse(db, params.enregistree)
    if (!use) return <Message text={INVALID} />
    const name = getModeratorById(db, use.moderatorId)?.name
    return <Message text={`${recorded[use.decision]} (${byWhen(name, use.usedAt)})`} />
  }
  if (typeof params.resultat === 'string') {
    return <Message text={refusals[params.resultat] ?? INVALID} />
  }
  const token = typeof params.jeton === 'string' ? params.jeton : ''
  const verified = verifyDecision(token, getServerSecret())
  if (!verified.ok) return <Message text={refusals[verified.reason] ?? INVALID} />
  const { commentId, decision, moderatorId } = verified.grant
  const moderator = getModeratorById(db, moderatorId)
  if (!moderator) return <Message text={refusals.compte ?? INVALID} />
  const use = findDecisionLinkUse(db, decisionTokenId(token))
  if (use) {
    const text = `Cette décision a déjà été prise : commentaire ${past[use.decision]} ${byWhen(moderator.name, use.usedAt)}. Ce lien ne sert qu’une fois.`
    return <Message text={text} />
  }
  const comment = await readComment(getModerationBackend(), commentId)
  if (!comment) return <Message text={refusals.notFound ?? INVALID} />
  if (comment.status !== 'pending') {
    const last = comment.moderation?.findLast((event) =>
      ['approved', 'rejected', 'spam'].includes(event.action),
    )
    const status = labelOf(commentStatuses, comment.status).toLowerCase()
    const text = `Ce commentaire a déjà été traité : ${status}${last ? ` ${byWhen(last.by, last.at)}` : ''}. Pour changer son statut, ouvrez la file de modération.`
    return <Message text={text} />
  }
  const articleHref = resolveHref('article', comment.article?.slug)
  return (
    <main id="contenu" className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl font-bold">{`${labels[decision]} ce commentaire ?`}</h1>
      <p className="mt-2 text-muted">Décision au nom de {moderator.name}.</p>
      <article className="mt-6 rounded border border-rule p-4">
        <p className="text-sm">
          Sur{' '}
          {articleHref ? (
            <a href={articleHref} className={linkClass}>
              {comment.article?.headline}
            </a>
          ) : (
            'un article supprimé'
          )}
        </p>
        <h2 className="mt-2 font-sans text-base font-semibold">{comment.authorName}</h2>
        {comment.createdAt ? (
          <time dateTime={comment.createdAt} className="text-sm text-muted">
            {exactDateFr(comment.createdAt)}
          </time>
        ) : null}
        <p className="mt-3 whitespace-pre-line">{comment.body}</p>
        <p className="mt-3 text-sm text-muted">
          Statut actuel : {labelOf(commentStatuses, comment.status).toLowerCase()}
        </p>
      </article>
      <form action={decideAction} className="mt-6">
        <input type="hidden" name="jeton" value={token} />
        <button type="submit" className="rounded bg-ink px-4 py-2 font-medium text-paper">
          {`Confirmer : ${labels[decision].toLowerCase()}`}
        </button>
      </form>
    </main>
  )
}
