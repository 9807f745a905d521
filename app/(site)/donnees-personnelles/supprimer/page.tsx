import type { Metadata } from 'next'
import { connection } from 'next/server'

import { previewDeletion } from '@/lib/subscriptions'

import { LinkProblem } from '../../abonnements/_components/LinkProblem'
import { linkProblemMessage } from '../../abonnements/_components/problems'
import { jetonOf } from '../../abonnements/_components/state'
import { TokenActionForm } from '../../abonnements/_components/TokenActionForm'
import { LinkPage } from '../../abonnements/_components/LinkPage'
import { confirmDeletionAction } from '../actions'

export const metadata: Metadata = {
  title: 'Confirmer la suppression de vos données',
  robots: { index: false, follow: false },
}

/** The erasure link of the mail: explains, then deletes only when the reader presses the button. */
export default function ConfirmDeletionPage(props: PageProps<'/donnees-personnelles/supprimer'>) {
  return (
    <LinkPage title="Supprimer mes commentaires et mes données">
      <Confirmation searchParams={props.searchParams} />
    </LinkPage>
  )
}

async function Confirmation({
  searchParams,
}: Pick<PageProps<'/donnees-personnelles/supprimer'>, 'searchParams'>) {
  const token = jetonOf(await searchParams)
  // Checks the link against the clock: request time only, never prerendered.
  await connection()
  const link = await previewDeletion(token)
  if (!link.ok || !token) {
    return (
      <LinkProblem message={linkProblemMessage(link.ok ? 'missing' : link.problem, 'delete')} />
    )
  }
  return (
    <>
      <p className="mt-6">
        Tous les commentaires publiés ou envoyés avec l’adresse <strong>{link.email}</strong> seront
        supprimés, ainsi que ses abonnements aux notifications. Les réponses d’autres lecteurs
        restent en ligne. Cette opération est définitive.
      </p>
      <TokenActionForm
        action={confirmDeletionAction}
        token={token}
        label="Supprimer définitivement"
        pendingLabel="Suppression en cours…"
      />
    </>
  )
}
