import { banAction, moderateAction } from '@/app/moderation/actions'
import type { QueueItem } from '@/lib/moderation'

export interface QueueItemToolsProps {
  item: QueueItem
  retour: string
  ipKnown: boolean
  /** Deleting and banning are for moderators and administrators, not editors. */
  strict: boolean
}

const summary = 'cursor-pointer underline'
const button = 'border-rule rounded border px-3 py-1'

/** Less frequent tools, folded: fix a typo, delete, ban the author. */
export function QueueItemTools({ item, retour, ipKnown, strict }: QueueItemToolsProps) {
  return (
    <div className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
      <details>
        <summary className={summary}>Corriger le texte</summary>
        <form action={moderateAction} className="mt-2 space-y-2">
          <input type="hidden" name="id" value={item._id} />
          <input type="hidden" name="rev" value={item._rev} />
          <input type="hidden" name="retour" value={retour} />
          <input type="hidden" name="action" value="edit" />
          <label className="block">
            Texte corrigé
            <textarea
              name="body"
              defaultValue={item.body}
              rows={5}
              maxLength={4000}
              className="mt-1 block w-full min-w-72 rounded border border-rule bg-transparent p-2"
            />
          </label>
          <label className="block">
            Motif (facultatif)
            <input
              name="note"
              maxLength={500}
              className="mt-1 block w-full rounded border border-rule bg-transparent px-2 py-1"
            />
          </label>
          <button type="submit" className={button}>
            Enregistrer la correction
          </button>
        </form>
      </details>
      {strict ? (
        <>
          <details>
            <summary className={summary}>Bannir l’auteur</summary>
            <form action={banAction} className="mt-2 flex flex-wrap gap-2">
              <input type="hidden" name="id" value={item._id} />
              <input type="hidden" name="retour" value={retour} />
              <button type="submit" name="kind" value="email" className={button}>
                Bannir l’e-mail {item.authorEmail}
              </button>
              {ipKnown ? (
                <button type="submit" name="kind" value="ip" className={button}>
                  Bannir l’adresse IP
                </button>
              ) : null}
            </form>
          </details>
          <details>
            <summary className={summary}>Supprimer</summary>
            <form action={moderateAction} className="mt-2">
              <input type="hidden" name="id" value={item._id} />
              <input type="hidden" name="rev" value={item._rev} />
              <input type="hidden" name="retour" value={retour} />
              <p>La suppression est définitive ; l’historique en garde la trace.</p>
              <button
                type="submit"
                name="action"
                value="delete"
                className={`${button} mt-2 text-accent`}
              >
                Supprimer définitivement
              </button>
            </form>
          </details>
        </>
      ) : null}
    </div>
  )
}
