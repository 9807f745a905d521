'use client'

import { useState, useSyncExternalStore } from 'react'

const noop = () => () => {}

/** « Copier le lien »: shown only with JavaScript (a button without it would do nothing). */
export function CopyLinkButton({ url }: { url: string }) {
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  )
  const [message, setMessage] = useState('')
  if (!hydrated) return null
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setMessage('Lien copié.')
    } catch {
      setMessage('Copie impossible : sélectionnez l’adresse dans la barre du navigateur.')
    }
  }
  return (
    <>
      <button
        type="button"
        onClick={copy}
        className="cursor-pointer py-1 text-accent-ink underline hover:no-underline"
        data-testid="copy-link"
      >
        Copier le lien
      </button>
      <span role="status" className="ml-2 text-muted">
        {message}
      </span>
    </>
  )
}
