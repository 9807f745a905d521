import type { Metadata } from 'next'
import { connection } from 'next/server'

import { confirmSubscription } from '@/lib/subscriptions'

import { LinkProblem } from '../_components/LinkProblem'
import { linkProblemMessage } from '../_components/problems'
import { jetonOf } from '../_components/state'
import { LinkPage } from '../_components/LinkPage'

export const metadata: Metadata = {
  title: 'Confirmation d’abonnement',
  robots: { index: false, follow: false },
}

/**
 * The double opt-in link. Confirming on GET is deliberate: the signed link itself is the
 * reader's confirmation of a request they made, and confirming twice changes nothing.
 */
export default function ConfirmSubscriptionPage(props: PageProps<'/abonnements/confirmer'>) {
  return (
    <LinkPage title="Confirmation d’abonnement">
      <Confirmation searchParams={props.searchParams} />
    </LinkPage>
  )
}

async function Confirmation({
  searchParams,
}: Pick<PageProps<'/abonnements/confirmer'>, 'searchParams'>) {
  const token = jetonOf(await searchParams)
  // Reads the private database and the clock: request time only, never prerendered.
  await connection()
  const result = await confirmSubscription(token)
  if (!result.ok) {
    switch (result.problem) {
      case 'unknown':
        return (
          <LinkProblem message="Cet abonnement n’existe plus : les données associées ont été supprimées." />
        )
      case 'unsubscribed':
        return (
          <LinkProblem message="Vous vous êtes désabonné depuis l’envoi de ce lien : il ne peut plus réactiver cet abonnement. Renouvelez votre demande depuis l’article." />
        )
      default:
        return <LinkProblem message={linkProblemMessage(result.problem, 'confirm')} />
    }
  }
  return (
    <div data-testid="action-result">
      <p role="status" className="mt-6 border-l-4 border-accent p-4 font-semibold">
        Votre abonnement est confirmé.
      </p>
      <p className="mt-4">
        Vous recevrez un e-mail à chaque nouvelle publication ; chaque message contient un lien pour
        vous désabonner en un clic.
      </p>
      {result.article ? (
        <p className="mt-4">
          <a href={result.article.path} className="text-accent-ink underline">
            Revenir à l’article « {result.article.headline} »
          </a>
        </p>
      ) : null}
    </div>
  )
}
