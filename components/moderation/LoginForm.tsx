'use client'

import { useActionState } from 'react'

import { loginAction, type LoginState } from '@/app/moderation/actions'

const field =
  'border-rule mt-1 block w-full rounded border bg-white px-3 py-2 text-base dark:bg-transparent'

/** The moderators' login form; works without JavaScript (React form actions). */
export function LoginForm() {
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, {})
  return (
    <form action={action} className="mt-8 space-y-4" noValidate>
      <div aria-live="assertive">
        {state.message ? (
          <p role="alert" className="font-medium text-accent" data-testid="login-error">
            {state.message}
          </p>
        ) : null}
      </div>
      <label className="block">
        <span className="font-medium">Adresse e-mail</span>
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          className={field}
        />
      </label>
      <label className="block">
        <span className="font-medium">Mot de passe</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={field}
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-ink px-4 py-2 font-medium text-paper disabled:opacity-60"
      >
        {pending ? 'Connexion…' : 'Se connecter'}
      </button>
    </form>
  )
}
