import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle'
import { CloseCircleIcon } from '@sanity/icons/CloseCircle'
import { WarningOutlineIcon } from '@sanity/icons/WarningOutline'
import { useState, type ComponentType } from 'react'
import {
  useClient,
  useCurrentUser,
  type DocumentActionComponent,
  type DocumentActionProps,
} from 'sanity'

import { apiVersion } from '../env'

import { commitModeration, type Decision } from './moderation-patch'

const decisions: Record<
  Decision,
  { label: string; icon: ComponentType; tone: 'positive' | 'caution' | 'critical' }
> = {
  approved: { label: 'Approuver', icon: CheckmarkCircleIcon, tone: 'positive' },
  rejected: { label: 'Rejeter', icon: CloseCircleIcon, tone: 'caution' },
  spam: { label: 'Spam', icon: WarningOutlineIcon, tone: 'critical' },
}

/** A Studio action setting a comment's status (`commitModeration`). */
function moderationAction(decision: Decision): DocumentActionComponent {
  const { label, icon, tone } = decisions[decision]
  function ModerateAction(props: DocumentActionProps) {
    const client = useClient({ apiVersion })
    const user = useCurrentUser()
    const [busy, setBusy] = useState(false)
    const [error, setError] = useState<string | null>(null)
    const doc = props.published
    if (!doc) return null
    return {
      label,
      icon,
      tone,
      disabled: busy || doc.status === decision,
      title: doc.status === decision ? 'Le commentaire a déjà ce statut.' : undefined,
      onHandle: async () => {
        setBusy(true)
        setError(null)
        try {
          await commitModeration(client, doc, decision, user?.name ?? user?.email ?? 'Studio')
          props.onComplete()
        } catch (caught) {
          const conflict = (caught as { statusCode?: number }).statusCode === 409
          setError(
            conflict
              ? 'Ce commentaire a été modifié entre-temps. Rechargez-le puis recommencez.'
              : `La modération a échoué : ${(caught as Error).message}`,
          )
        } finally {
          setBusy(false)
        }
      },
      dialog: error
        ? { type: 'dialog' as const, header: label, content: error, onClose: () => setError(null) }
        : null,
    }
  }
  ModerateAction.displayName = `ModerateAction(${decision})`
  return ModerateAction
}

/** « Approuver », « Rejeter », « Spam »: the document actions of the `comment` type. */
export const commentModerationActions: DocumentActionComponent[] = [
  moderationAction('approved'),
  moderationAction('rejected'),
  moderationAction('spam'),
]
