import { useEffect, useRef, useState } from 'react'
import {
  useSyncState,
  useValidationStatus,
  useWorkspace,
  validateDocument,
  type DocumentActionComponent,
  type DocumentActionProps,
  type SanityDocument,
} from 'sanity'

type Verdict = { content: string; valid: boolean }

/** How long a valid draft waits for the Studio's own validation status to agree. */
const SETTLE_TIMEOUT_MS = 20_000

/** A draft's content, what validation depends on (`_rev` and `_updatedAt` left out). */
function contentOf(document: SanityDocument): string {
  return JSON.stringify({ ...document, _rev: undefined, _updatedAt: undefined })
}

/**
 * Sanity's « Publier », made to publish on the first click once the draft is valid.
 *
 * The Studio's validation status pairs the newest draft revision with the markers of whichever
 * validation finished last. When a validation of an older revision (one taken before the last
 * fields were saved) ends after the click, the built-in action takes its stale errors for the
 * current draft's: « Erreurs de validation », nothing published, and the errors vanish a moment
 * later when the current revision's validation ends.
 *
 * Here the click first validates the draft as it is now. Valid: the built-in action runs as soon
 * as the Studio's own status is settled on that revision and free of errors (stale errors are
 * waited out). Invalid: the built-in action runs at once and reports the errors as usual.
 */
export function publishOnFirstClick(original: DocumentActionComponent): DocumentActionComponent {
  function PublishOnFirstClick(props: DocumentActionProps) {
    const description = original(props)
    const workspace = useWorkspace()
    const draft = props.draft
    const validation = useValidationStatus(draft?._id ?? `drafts.${props.id}`, props.type, true)
    const sync = useSyncState(props.id, props.type)
    const [requested, setRequested] = useState(false)
    const [verdict, setVerdict] = useState<Verdict | null>(null)
    const checking = useRef<string | null>(null)
    const content = draft ? contentOf(draft) : null

    // Validate what the editor sees now, again whenever it changes before publication.
    useEffect(() => {
      if (!requested || !draft || content === null || verdict?.content === content) return
      if (checking.current === content) return
      checking.current = content
      validateDocument({ document: draft, workspace, environment: 'studio' }).then(
        (markers) => {
          if (checking.current !== content) return
          setVerdict({ content, valid: !markers.some((marker) => marker.level === 'error') })
        },
        // Validation itself failed: the built-in action decides and reports.
        () => checking.current === content && setVerdict({ content, valid: false }),
      )
    }, [requested, draft, content, verdict, workspace])

    // Should the check or the Studio's status not settle in time, the built-in action decides.
    const [overdue, setOverdue] = useState(false)
    useEffect(() => {
      if (!requested) return setOverdue(false)
      const timer = setTimeout(() => setOverdue(true), SETTLE_TIMEOUT_MS)
      return () => clearTimeout(timer)
    }, [requested])

    useEffect(() => {
      if (!requested) return
      if (!overdue) {
        if (!verdict || verdict.content !== content) return
        const settled =
          !sync.isSyncing && !validation.isValidating && validation.revision === draft?._rev
        const staleErrors = validation.validation.some((marker) => marker.level === 'error')
        if (verdict.valid && (!settled || staleErrors)) return
      }
      setRequested(false)
      setVerdict(null)
      checking.current = null
      description?.onHandle?.()
    }, [requested, verdict, content, sync.isSyncing, validation, draft?._rev, description, overdue])

    if (!description) return description
    const onHandle = description.onHandle
    if (!onHandle || !draft) return description
    if (!requested) return { ...description, onHandle: () => setRequested(true) }
    return { ...description, disabled: true, shortcut: null }
  }
  PublishOnFirstClick.action = original.action
  PublishOnFirstClick.displayName = 'PublishOnFirstClick'
  return PublishOnFirstClick
}
