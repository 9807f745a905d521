import { exactDateFr } from '@/lib/comments/text'
import type { QueueItem } from '@/lib/moderation'

import { trailLabels } from './labels'

export interface ModerationTrailProps {
  trail: QueueItem['moderation']
}

/** Who did what and when, oldest first; notes (edit history, filter reasons) included. */
export function ModerationTrail({ trail }: ModerationTrailProps) {
  const events = trail ?? []
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer">Historique ({events.length})</summary>
      <ol className="mt-2 space-y-1 border-l pl-3">
        {events.map((event) => (
          <li key={event._key}>
            <span className="font-medium">{trailLabels[event.action] ?? event.action}</span> par{' '}
            {event.by ?? 'inconnu'}, le <time dateTime={event.at}>{exactDateFr(event.at)}</time>
            {event.note ? (
              <span className="block whitespace-pre-line text-muted">{event.note}</span>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  )
}
