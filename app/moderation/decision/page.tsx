import type { Metadata } from 'next'
import Link from 'next/link'

import { exactDateFr } from '@/lib/comments/text'
import { resolveHref } from '@/lib/href'
import { getModeratorById } from '@/lib/moderation/accounts'
import { readComment } from '@/lib/moderation/decisions'
import { verifyDecision } from '@/lib/moderation/links'
import { getModerationBackend } from '@/lib/moderation/store'
import { getPrivateDb } from '@/lib/private'
import { getServerSecret } from '@/lib/security/secret'
import { commentStatuses, labelOf } from '@/sanity/schemaTypes/lists'

import { decideAction } from './actions'

// The token is in the URL: never send it to another site in a Referer header.
export const metadata: Metadata = { title: 'Décision de modération', referrer: 'no-referrer' }

const labels = { approve: 'Approuver', reject: 'Rejeter', spam: 'Classer en spam' } as const

const INVALID = 'Ce lien n’est pas valable.'

const outcomes: Record<string, string> = {
  approve: 'Décision enregistrée : le commentaire est approuvé et publié.',
  reject: 'Décision enregistrée : le commentaire est rejeté.',
  spam: 'Décision enregistrée : le commentaire est classé en spam.',
  unchanged: 'Rien à faire : le commentaire avait déjà ce statut.',
  stale: 'Ce commentaire a été modifié entre-temps. Ouvrez la file de modération pour le revoir.',
  notFound: 'Ce commentaire n’existe plus.',
  compte:
    'Ce lien n’est plus valable : le compte de modération auquel il était destiné n’existe plus.',
  expired: 'Ce lien a expiré (validité : 72 heures). Modérez ce commentaire depuis la file.',
  signature: 'Ce lien n’est pas valable.',
  malformed: 'Ce lien n’est pas valable.',
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
        <Link href="/moderation">Ouvrir la file de modération</Link>
      </p>
    </main>
  )
}

/** GET shows the comment and asks for confirmation; only the POSTed form changes anything. */
export default async function DecisionPage({ searchParams }: DecisionPageProps) {
  const params = await searchParams
  if (typeof params.resultat === 'string') {
    return <Message text={outcomes[params.resultat] ?? INVALID} />
  }
  const token = typeof params.jeton === 'string' ? params.jeton : ''
  const verified = verifyDecision(token, getServerSecret())
  if (!verified.ok) return <Message text={outcomes[verified.reason] ?? INVALID} />
  const { commentId, decision, moderatorId } = verified.grant
  const moderator = getModeratorById(getPrivateDb(), moderatorId)
  if (!moderator) return <Message text={outcomes.compte ?? INVALID} />
  const comment = await readComment(getModerationBackend(), commentId)
  if (!comment) return <Message text={outcomes.notFound ?? INVALID} />
  const articleHref = resolveHref('article', comment.article?.slug)
  return (
    <main id="contenu" className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl font-bold">{`${labels[decision]} ce commentaire ?`}</h1>
      <p className="mt-2 text-muted">Décision au nom de {moderator.name}.</p>
      <article className="mt-6 rounded border border-rule p-4">
        <p className="text-sm">
          Sur{' '}
          {articleHref ? (
            <a href={articleHref}>{comment.article?.headline}</a>
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
