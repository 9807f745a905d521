import type { Metadata } from 'next'

import { DeletionRequestForm } from './DeletionRequestForm'

export const metadata: Metadata = {
  title: 'Données personnelles',
  description: 'Supprimer vos commentaires et les données personnelles associées sur Kiosque.',
  robots: { index: false, follow: true },
}

/** Data rights: what Kiosque keeps about commenters, and the erasure request form. */
export default function PersonalDataPage() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-12 sm:px-6">
      <h1 className="text-3xl font-bold">Données personnelles</h1>
      <div className="mt-6 space-y-4">
        <p>
          Quand vous commentez un article, Kiosque conserve le nom affiché, votre adresse e-mail
          (jamais publiée), le texte du commentaire et, si vous les avez demandés, vos abonnements
          aux notifications par e-mail.
        </p>
        <p>
          Vous pouvez obtenir la suppression de vos commentaires et de ces données. Pour vérifier
          que l’adresse vous appartient, nous vous envoyons un lien de confirmation, valable 24
          heures. Les réponses d’autres lecteurs à vos commentaires restent publiées.
        </p>
      </div>
      <h2 className="mt-10 text-xl font-bold">
        Demander la suppression de mes commentaires et de mes données
      </h2>
      <DeletionRequestForm />
    </div>
  )
}
