'use client'

import { useActionState, useEffect, useRef } from 'react'

import { voteAction, type VoteState } from '../actions'

/** Props of the « Utile » button. */
export interface VoteButtonClientProps {
  commentId: string
  votes: number
}

/**
 * A form posting to the vote Server Action; with JavaScript the count moves at once. A second
 * click takes the vote back (`intent`), with or without JavaScript.
 */
export function VoteButtonClient({ commentId, votes }: VoteButtonClientProps) {
  const [state, action, pending] = useActionState(voteAction, {
    votes,
    voted: false,
    message: '',
  } satisfies VoteState)
  const form = useRef<HTMLFormElement>(null)
  const retried = useRef(false)
  // The first vote of a browser only receives its signed voter id: send the same click once more
  // so the reader clicks once. Once only, so a browser refusing cookies cannot loop.
  useEffect(() => {
    if (!state.retry || retried.current) return
    retried.current = true
    form.current?.requestSubmit()
  }, [state])
  // Optimistic while the action runs. Derived from `pending` rather than useOptimistic: an
  // optimistic update needs a client wrapper around the action, and the form must keep the
  // Server Action itself to post without JavaScript.
  const shown = pending ? state.votes + (state.voted ? -1 : 1) : state.votes
  return (
    <form ref={form} action={action} className="inline">
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="intent" value={state.voted ? 'retirer' : 'voter'} />
      <button
        type="submit"
        disabled={pending}
        aria-pressed={state.voted}
        title={state.voted ? 'Retirer mon vote' : undefined}
        className="rounded border border-rule px-2 py-0.5 text-sm text-muted hover:text-accent aria-pressed:border-accent aria-pressed:text-accent"
        data-testid="vote"
      >
        Utile ({Math.max(0, shown).toLocaleString('fr-FR')})
      </button>
      <span role="status" className="ml-2 text-xs text-muted">
        {state.message}
      </span>
    </form>
  )
}
