'use client'

import { useActionState } from 'react'

import type { TokenAction, TokenActionState } from './state'

/** Props of `TokenActionForm`. */
export interface TokenActionFormProps {
  action: TokenAction
  token: string
  label: string
  pendingLabel: string
}

/**
 * One button that POSTs a signed link's token to a Server Action: state changes never happen on
 * a GET (mail scanners follow links), only when the reader presses it. Works without JavaScript.
 */
export function TokenActionForm({ action, token, label, pendingLabel }: TokenActionFormProps) {
  const [state, formAction, pending] = useActionState<TokenActionState, FormData>(action, {
    status: 'idle',
  })
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
    <form action={formAction} className="mt-6">
      <input type="hidden" name="jeton" value={token} />
      {state.status === 'error' ? (
        <p role="alert" className="mb-4 font-semibold text-accent-ink" data-testid="link-problem">
          {state.message}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded-sm bg-ink px-5 py-2 font-semibold text-paper hover:bg-accent disabled:opacity-60"
      >
        {pending ? pendingLabel : label}
      </button>
    </form>
  )
}
