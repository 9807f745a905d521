import { moderateAction } from '@/app/moderation/actions'
import { exactDateFr } from '@/lib/comments/text'
import { resolveHref } from '@/lib/href'
import type { QueueItem as Item } from '@/lib/moderation'

import { linkClass } from './labels'
import { ModerationTrail } from './ModerationTrail'
import { QueueItemTools } from './QueueItemTools'

export interface QueueItemProps {
  item: Item
  retour: string
  ipKnown: boolean
  bulkFormId: string
  strict: boolean
  /** Ticked on load (« Tout sélectionner » without JavaScript). */
  selected?: boolean
}

const decisions = [
  { action: 'approve', status: 'approved', label: 'Approuver', key: 'a' },
  { action: 'reject', status: 'rejected', label: 'Rejeter', key: 'r' },
  { action: 'spam', status: 'spam', label: 'Spam', key: 's' },
] as const

function Signals({ item }: { item: Item }) {
  const filterNotes = (item.moderation ?? []).filter((event) => event.by === 'Filtre automatique')
  const list = [
    item.signals.links > 0
      ? `${item.signals.links} lien${item.signals.links > 1 ? 's' : ''}`
      : null,
    item.signals.banned ? 'Adresse e-mail bannie' : null,
    item.signals.recentFromEmail > 1
      ? `${item.signals.recentFromEmail} commentaires de cette adresse en 24 h`
      : null,
    ...filterNotes.map((event) => `Filtre automatique : ${event.note ?? 'spam'}`),
  ].filter((value): value is string => value !== null)
  if (list.length === 0) return null
  return (
    <ul aria-label="Signaux de spam" className="mt-2 flex flex-wrap gap-2 text-xs">
      {list.map((signal) => (
        <li key={signal} className="rounded bg-accent/10 px-2 py-0.5 text-accent-ink">
          {signal}
        </li>
      ))}
    </ul>
  )
}

/** One comment of the queue: context, text, signals, trail and the moderation forms. */
export function QueueItem({
  item,
  retour,
  ipKnown,
  bulkFormId,
  strict,
  selected = false,
}: QueueItemProps) {
  const articleHref = resolveHref('article', item.article?.slug)
  const titleId = `commentaire-${item._id.replace(/\W/g, '-')}`
  return (
    <li>
      <article
        aria-labelledby={titleId}
        tabIndex={-1}
        data-moderation-item
        data-testid="moderation-item"
        data-comment-id={item._id}
        className="rounded border border-rule p-4 focus:outline-2 focus-visible:outline-accent"
      >
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <input
            type="checkbox"
            name="selection"
            value={`${item._id} ${item._rev}`}
            form={bulkFormId}
            defaultChecked={selected}
            aria-label={`Sélectionner le commentaire de ${item.authorName}`}
            data-select
          />
          <h2 id={titleId} className="font-sans text-base font-semibold">
            {item.authorName}
          </h2>
          <a href={`mailto:${item.authorEmail}`} className={`text-sm ${linkClass}`}>
            {item.authorEmail}
          </a>
          <time dateTime={item.createdAt ?? undefined} className="text-sm text-muted">
            {item.createdAt ? exactDateFr(item.createdAt) : 'date inconnue'}
          </time>
        </div>
        <p className="mt-1 text-sm">
          Sur{' '}
          {articleHref ? (
            <a href={articleHref} className={linkClass}>
              {item.article?.headline}
            </a>
          ) : (
            (item.article?.headline ?? 'un article supprimé')
          )}
        </p>
        {item.parent ? (
          <blockquote className="mt-2 border-l-4 border-rule pl-3 text-sm text-muted">
            <p className="font-medium">En réponse à {item.parent.authorName} :</p>
            <p className="line-clamp-3 whitespace-pre-line">{item.parent.body}</p>
          </blockquote>
        ) : null}
        {item.anchor?.quote ? (
          <blockquote className="mt-2 border-l-4 border-accent pl-3 text-sm italic">
            <p className="font-medium not-italic">Passage commenté :</p>
            <p>« {item.anchor.quote} »</p>
          </blockquote>
        ) : null}
        <p className="mt-3 whitespace-pre-line">{item.body}</p>
        <Signals item={item} />
        <form action={moderateAction} className="mt-3 flex flex-wrap items-end gap-2">
          <input type="hidden" name="id" value={item._id} />
          <input type="hidden" name="rev" value={item._rev} />
          <input type="hidden" name="retour" value={retour} />
          {decisions
            .filter((decision) => decision.status !== item.status)
            .map((decision) => (
              <button
                key={decision.action}
                type="submit"
                name="action"
                value={decision.action}
                data-shortcut={decision.key}
                aria-keyshortcuts={decision.key}
                className="rounded bg-ink px-3 py-1 text-sm font-medium text-paper"
              >
                {decision.label}
              </button>
            ))}
          <label className="text-sm">
            Note (facultative)
            <input
              name="note"
              maxLength={500}
              className="ml-2 rounded border border-rule bg-transparent px-2 py-1"
            />
          </label>
        </form>
        <QueueItemTools item={item} retour={retour} ipKnown={ipKnown} strict={strict} />
        <ModerationTrail trail={item.moderation} />
      </article>
    </li>
  )
}
