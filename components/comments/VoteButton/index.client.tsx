'use client'

import { useActionState } from 'react'

import { voteAction, type VoteState } from '../actions'

/** Props of the « Utile » button. */
export interface VoteButtonClientProps {
  commentId: string
  votes: number
}

/** A form posting to the vote Server Action; with JavaScript the count moves at once. */
export function VoteButtonClient({ commentId, votes }: VoteButtonClientProps) {
  const [state, action, pending] = useActionState(voteAction, {
    votes,
    voted: false,
    message: '',
  } satisfies VoteState)
  // Optimistic while the action runs (unless this button already counted a vote). Derived from
  // `pending` rather than useOptimistic: an optimistic update needs a client wrapper around the
  // action, and the form must keep the Server Action itself to post without JavaScript.
  const shown = pending && !state.voted ? state.votes + 1 : state.votes
  return (
    <form action={action} className="inline">
      <input type="hidden" name="commentId" value={commentId} />
      <button
        type="submit"
        disabled={pending}
        aria-pressed={state.voted}
        className="rounded border border-rule px-2 py-0.5 text-sm text-muted hover:text-accent"
        data-testid="vote"
      >
        Utile ({shown.toLocaleString('fr-FR')})
      </button>
      <span role="status" className="ml-2 text-xs text-muted">
        {state.message}
      </span>
    </form>
  )
}
