import { SoftLink } from '@/components/site/SoftLink'

import type { CommentSettings, PublicComment } from '@/lib/comments'
import { exactDateFr, relativeDateFr } from '@/lib/comments/text'
import {
  buildThread,
  type CommentSort,
  SORT_LABELS,
  SORTS,
  type ThreadNode,
} from '@/lib/comments/tree'

import { CommentBody } from '../CommentBody'
import { FormTargetSetter } from '../CommentForm/FormTargetSetter'
import { VoteButton } from '../VoteButton'

/** What the reader asked for in the URL. */
export interface ThreadView {
  sort: CommentSort
  showAll: boolean
  replyTo: string | null
  passage: { blockKey: string; quote: string } | null
}

/** The default view, rendered in the static page. */
export const DEFAULT_VIEW: ThreadView = {
  sort: 'recent',
  showAll: false,
  replyTo: null,
  passage: null,
}

/** Props of the thread. `now` is null in the static page: dates are then shown in full. */
export interface ThreadProps {
  comments: readonly PublicComment[]
  settings: CommentSettings
  view: ThreadView
  now: Date | null
}

function href(view: Partial<ThreadView>, hash: string): string {
  const params = new URLSearchParams()
  if (view.sort && view.sort !== 'recent') params.set('tri', view.sort)
  if (view.showAll) params.set('tous', '1')
  if (view.replyTo) params.set('reponse', view.replyTo)
  const query = params.toString()
  return `${query ? `?${query}` : '?'}${hash}`
}

function CommentItem({
  node,
  view,
  now,
}: {
  node: ThreadNode<PublicComment>
  view: ThreadView
  now: Date | null
}) {
  const { comment } = node
  const anchorId = `c-${comment._id.slice('comment.'.length)}`
  const exact = exactDateFr(comment.createdAt ?? '')
  return (
    <li id={anchorId} className="scroll-mt-4" data-testid="comment" data-comment-id={comment._id}>
      <article className="border-l-2 border-rule py-2 pl-4" aria-labelledby={`${anchorId}-auteur`}>
        <header className="flex flex-wrap items-baseline gap-x-3 font-sans text-sm">
          <span
            id={`${anchorId}-auteur`}
            className="font-bold text-ink"
            data-testid="comment-author"
          >
            {comment.authorName}
          </span>
          {comment.createdAt ? (
            <time dateTime={comment.createdAt} title={exact} className="text-muted">
              {now ? relativeDateFr(comment.createdAt, now) : exact}
            </time>
          ) : null}
          {node.replyTo ? (
            <span className="text-muted">en réponse à {node.replyTo.authorName}</span>
          ) : null}
        </header>
        {comment.anchor?.quote ? (
          <blockquote
            className="mt-2 border-l-2 border-rule pl-3 font-serif text-sm text-muted italic"
            data-testid="comment-quote"
          >
            <a href={`#bloc-${comment.anchor.blockKey}`} className="no-underline hover:underline">
              « {comment.anchor.quote} »
            </a>
          </blockquote>
        ) : null}
        <div className="mt-2 font-serif" data-testid="comment-body">
          <CommentBody body={comment.body} />
        </div>
        <footer className="mt-2 flex items-center gap-4 font-sans text-sm">
          <VoteButton commentId={comment._id} votes={comment.votes} />
          <SoftLink
            href={href({ ...view, replyTo: comment._id }, '#formulaire')}
            className="text-accent-ink underline"
            scroll={false}
          >
            Répondre<span className="sr-only"> à {comment.authorName}</span>
          </SoftLink>
        </footer>
      </article>
      {node.replies.length > 0 ? (
        <ol className="mt-3 ml-4 space-y-4 sm:ml-8" aria-label={`Réponses à ${comment.authorName}`}>
          {node.replies.map((reply) => (
            <CommentItem key={reply.comment._id} node={reply} view={view} now={now} />
          ))}
        </ol>
      ) : null}
    </li>
  )
}

/** Sort links, the threaded list, « Afficher tous les commentaires » and the form's target. */
export function Thread({ comments, settings, view, now }: ThreadProps) {
  const tree = buildThread(comments, { sort: view.sort, maxDepth: settings.maxDepth })
  const shown = view.showAll ? tree : tree.slice(0, settings.pageSize)
  const parent = view.replyTo ? comments.find((comment) => comment._id === view.replyTo) : undefined
  return (
    <div data-testid="comment-thread">
      {comments.length > 0 ? (
        <nav
          aria-label="Trier les commentaires"
          className="mt-4 flex flex-wrap gap-x-4 font-sans text-sm"
        >
          {SORTS.map((sort) => (
            <SoftLink
              key={sort}
              href={href({ sort, showAll: view.showAll }, '#commentaires')}
              aria-current={sort === view.sort ? 'true' : undefined}
              className={sort === view.sort ? 'font-bold text-ink' : 'text-accent-ink underline'}
              scroll={false}
            >
              {SORT_LABELS[sort]}
            </SoftLink>
          ))}
        </nav>
      ) : null}
      <ol className="mt-6 space-y-6" data-testid="comment-list">
        {shown.map((node) => (
          <CommentItem key={node.comment._id} node={node} view={view} now={now} />
        ))}
      </ol>
      {shown.length < tree.length ? (
        <p className="mt-6 font-sans">
          <SoftLink
            href={href({ sort: view.sort, showAll: true }, '#commentaires')}
            className="font-semibold text-accent-ink underline"
            scroll={false}
          >
            Afficher tous les commentaires
          </SoftLink>
        </p>
      ) : null}
      {now ? (
        <FormTargetSetter
          parentId={parent?._id}
          parentName={parent?.authorName}
          anchorBlockKey={view.passage?.blockKey}
          anchorQuote={view.passage?.quote}
          cancelHref={href({ sort: view.sort, showAll: view.showAll }, '#formulaire')}
        />
      ) : null}
    </div>
  )
}
