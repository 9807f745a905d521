'use client'

import { useActionState } from 'react'

import type { TokenActionState } from '../abonnements/_components/state'
import { requestDeletionAction } from './actions'

/** The e-mail field and button of the erasure request; the answer never says if we know you. */
export function DeletionRequestForm() {
  const [state, action, pending] = useActionState<TokenActionState, FormData>(
    requestDeletionAction,
    { status: 'idle' },
  )
  if (state.status === 'done') {
    return (
      <p
        role="status"
        className="mt-6 border-l-4 border-accent p-4 font-semibold"
        data-testid="action-result"
      >
        {state.message}
      </p>
    )
  }
  return (
    <form action={action} className="mt-6 flex flex-col gap-3" noValidate>
      <label htmlFor="donnees-email" className="font-semibold">
        Adresse e-mail utilisée pour commenter
      </label>
      <input
        id="donnees-email"
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        aria-invalid={state.status === 'error' ? true : undefined}
        aria-describedby={state.status === 'error' ? 'donnees-email-erreur' : undefined}
        className="w-full rounded-sm border border-rule bg-paper px-3 py-2 text-base"
      />
      {state.status === 'error' ? (
        <p id="donnees-email-erreur" role="alert" className="font-semibold text-accent-ink">
          {state.message}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded-sm bg-ink px-5 py-2 font-semibold text-paper hover:bg-accent disabled:opacity-60"
      >
        {pending
          ? 'Envoi en cours…'
          : 'Demander la suppression de mes commentaires et de mes données'}
      </button>
    </form>
  )
}
