import { bulkAction } from '@/app/moderation/actions'

import { SelectAll } from './SelectAll'

export interface BulkBarProps {
  formId: string
  retour: string
  /** This view with every comment ticked (« Tout sélectionner » without JavaScript). */
  selectAllHref: string
}

/** Bulk decisions on the comments whose checkboxes are ticked (they point to this form). */
export function BulkBar({ formId, retour, selectAllHref }: BulkBarProps) {
  return (
    <form
      id={formId}
      action={bulkAction}
      aria-label="Actions groupées"
      className="mt-4 flex flex-wrap items-center gap-2 rounded border border-rule p-3 text-sm"
    >
      <input type="hidden" name="retour" value={retour} />
      <SelectAll formId={formId} noScriptHref={selectAllHref} />
      <span className="font-medium">Pour la sélection :</span>
      <button
        type="submit"
        name="action"
        value="approve"
        className="rounded bg-ink px-3 py-1 text-paper"
      >
        Approuver la sélection
      </button>
      <button
        type="submit"
        name="action"
        value="reject"
        className="rounded border border-rule px-3 py-1"
      >
        Rejeter la sélection
      </button>
      <button
        type="submit"
        name="action"
        value="spam"
        className="rounded border border-rule px-3 py-1"
      >
        Classer la sélection en spam
      </button>
    </form>
  )
}
