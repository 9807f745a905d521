import type { Metadata } from 'next'

import { BulkBar } from '@/components/moderation/BulkBar'
import { KeyboardShortcuts } from '@/components/moderation/KeyboardShortcuts'
import { resultMessage } from '@/components/moderation/labels'
import { ModerationHeader } from '@/components/moderation/ModerationHeader'
import { QueueFiltersForm } from '@/components/moderation/QueueFiltersForm'
import { QueueItem } from '@/components/moderation/QueueItem'
import { QueueSortNav } from '@/components/moderation/QueueSortNav'
import { QueueTabs } from '@/components/moderation/QueueTabs'
import { UndoNotice } from '@/components/moderation/UndoNotice'
import {
  commentIp,
  filtersToSearch,
  loadQueue,
  queueFiltersSchema,
  queueTabs,
  requireModerator,
} from '@/lib/moderation'
import { undoSecondsLeft } from '@/lib/moderation/undo'
import { getPrivateDb } from '@/lib/private'

export const metadata: Metadata = { title: 'File de modération' }

// Reads the session and the clock on every request; see ./layout.tsx.
export const instant = false

interface ModerationPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const BULK_FORM = 'actions-groupees'

export default async function ModerationPage({ searchParams }: ModerationPageProps) {
  const moderator = await requireModerator()
  const params = await searchParams
  const filters = queueFiltersSchema.parse(params)
  const queue = await loadQueue(filters)
  const retour = filtersToSearch(filters)
  const result = resultMessage(params)
  const db = getPrivateDb()
  const tab = queueTabs.find((entry) => entry.status === queue.status)
  const undoId = typeof params.annuler === 'string' ? params.annuler : ''
  const undoSeconds = result && !result.error ? undoSecondsLeft(db, undoId, moderator.id) : null
  const selectAll = params.tout === '1'
  return (
    <>
      <ModerationHeader name={moderator.name} />
      <main id="contenu" className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="text-3xl font-bold">File de modération</h1>
        {/* The live region holds the message only: the undo countdown beside it is not read out. */}
        <div
          data-testid="moderation-result"
          className={
            result
              ? `mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 rounded border p-3 ${result.error ? 'border-accent text-accent-ink' : 'border-rule'}`
              : undefined
          }
        >
          <div aria-live="polite" aria-atomic="true">
            {result ? <p role={result.error ? 'alert' : 'status'}>{result.text}</p> : null}
          </div>
          {undoSeconds ? <UndoNotice id={undoId} retour={retour} seconds={undoSeconds} /> : null}
        </div>
        <QueueTabs filters={filters} counts={queue.counts} />
        <QueueFiltersForm filters={filters} articles={queue.articles} />
        <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
          <QueueSortNav filters={filters} />
          <a href="#raccourcis" aria-keyshortcuts="?" className="text-sm text-accent-ink underline">
            Raccourcis clavier (touche ?)
          </a>
        </div>
        {queue.items.length > 0 ? (
          <>
            <BulkBar
              formId={BULK_FORM}
              retour={retour}
              selectAllHref={`/moderation?${filtersToSearch(filters, { tout: '1' })}`}
            />
            <h2 className="sr-only">{`Commentaires : ${tab?.label.toLowerCase()}`}</h2>
            <ol className="mt-4 space-y-4" data-testid="moderation-queue">
              {queue.items.map((item) => (
                <QueueItem
                  key={item._id}
                  item={item}
                  retour={retour}
                  ipKnown={commentIp(db, item._id) !== null}
                  bulkFormId={BULK_FORM}
                  strict={moderator.role !== 'editor'}
                  selected={selectAll}
                />
              ))}
            </ol>
          </>
        ) : (
          <p className="mt-6" data-testid="moderation-empty">
            Aucun commentaire dans cette vue.
          </p>
        )}
        <KeyboardShortcuts resultKey={JSON.stringify(params)} />
      </main>
    </>
  )
}
