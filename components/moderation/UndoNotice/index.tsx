import { undoAction } from '@/app/moderation/actions'

import { UndoCountdown } from './index.client'

export interface UndoNoticeProps {
  /** The undo id of the decision just taken (see lib/moderation/undo.ts). */
  id: string
  retour: string
  /** Seconds left to undo. */
  seconds: number
}

/** « Annuler » beside the result of a decision, for the few seconds it can be taken back. */
export function UndoNotice({ id, retour, seconds }: UndoNoticeProps) {
  return (
    <UndoCountdown seconds={seconds}>
      <form action={undoAction} className="inline" data-undo>
        <input type="hidden" name="annuler" value={id} />
        <input type="hidden" name="retour" value={retour} />
        <button
          type="submit"
          aria-keyshortcuts="u"
          data-testid="undo"
          className="rounded border border-ink px-3 py-0.5 text-sm font-medium"
        >
          Annuler
        </button>
      </form>
    </UndoCountdown>
  )
}
