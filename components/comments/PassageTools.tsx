import { SoftLink } from '@/components/site/SoftLink'

/** Approved inline comments of one passage: how many, and the first one to link to. */
export interface PassageEntry {
  count: number
  firstId: string
}

/** Per block key, as computed by `passageIndex`. */
export type PassageIndex = Record<string, PassageEntry>

/**
 * « Commentaires en ligne » beside a passage: a marker with the number of approved comments on
 * it (linking to the first) and a discreet « Commenter ce passage » link to the form.
 */
export function PassageTools({
  blockKey,
  entry,
}: {
  blockKey: string
  entry: PassageEntry | undefined
}) {
  const label = entry
    ? `${entry.count} commentaire${entry.count > 1 ? 's' : ''} sur ce passage`
    : ''
  return (
    <p
      className="flex gap-4 font-sans text-xs text-muted"
      data-print="hide"
      data-testid="passage-tools"
    >
      {entry ? (
        <SoftLink
          href={`?tous=1#c-${entry.firstId.slice('comment.'.length)}`}
          className="inline-flex min-h-6 min-w-6 items-center font-semibold text-accent-ink"
          data-testid="passage-marker"
          aria-label={label}
          title={label}
        >
          <span aria-hidden="true">💬 {entry.count}</span>
        </SoftLink>
      ) : null}
      <SoftLink
        href={`?passage=${encodeURIComponent(blockKey)}#formulaire`}
        className="inline-flex min-h-6 items-center underline decoration-dotted hover:text-accent-ink"
      >
        Commenter ce passage
      </SoftLink>
    </p>
  )
}
