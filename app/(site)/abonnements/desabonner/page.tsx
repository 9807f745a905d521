import type { Metadata } from 'next'
import { connection } from 'next/server'

import { previewUnsubscribe } from '@/lib/subscriptions'

import { LinkProblem } from '../_components/LinkProblem'
import { linkProblemMessage } from '../_components/problems'
import { jetonOf } from '../_components/state'
import { TokenActionForm } from '../_components/TokenActionForm'
import { LinkPage } from '../_components/LinkPage'
import { unsubscribeAction } from './actions'

export const metadata: Metadata = {
  title: 'Se désabonner',
  robots: { index: false, follow: false },
}

/**
 * The unsubscribe link of a mail body: shows what will stop and asks for a click (a GET never
 * unsubscribes, link scanners would). Mail clients use the one-click POST of `./un-clic`.
 */
export default function UnsubscribePage(props: PageProps<'/abonnements/desabonner'>) {
  return (
    <LinkPage title="Se désabonner">
      <Unsubscribe searchParams={props.searchParams} />
    </LinkPage>
  )
}

async function Unsubscribe({
  searchParams,
}: Pick<PageProps<'/abonnements/desabonner'>, 'searchParams'>) {
  const token = jetonOf(await searchParams)
  // Reads the private database and the clock: request time only, never prerendered.
  await connection()
  const preview = await previewUnsubscribe(token)
  if (!preview.ok || !token) {
    return (
      <LinkProblem
        message={linkProblemMessage(preview.ok ? 'missing' : preview.problem, 'unsubscribe')}
      />
    )
  }
  let what: string
  if (preview.scope === 'all') {
    what =
      'Vous ne recevrez plus aucun message de Kiosque à cette adresse : ni notification, ni demande de confirmation.'
  } else {
    const subject = preview.headline ? ` sous l’article « ${preview.headline} »` : ''
    what =
      preview.kind === 'replies'
        ? `Vous ne serez plus prévenu des réponses à votre commentaire${subject}.`
        : `Vous ne serez plus prévenu des nouveaux commentaires${subject}.`
  }
  return (
    <>
      <p className="mt-6">{what}</p>
      <TokenActionForm
        action={unsubscribeAction}
        token={token}
        label="Confirmer le désabonnement"
        pendingLabel="Désabonnement en cours…"
      />
    </>
  )
}
