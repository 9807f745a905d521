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

import { Avatar } from '../Avatar'
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
          <Avatar name={comment.authorName} />
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
          {/* The comment's own address: a plain anchor, so the page (and its hidden pages of
              comments, see Pages) reacts to it with or without JavaScript. */}
          <a href={`#${anchorId}`} className="text-muted underline" data-testid="comment-link">
            Lien<span className="sr-only"> vers le commentaire de {comment.authorName}</span>
          </a>
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

/** Anchor of the whole thread: targeting it shows every page of comments. */
export const ALL_COMMENTS_ANCHOR = 'commentaires-tous'
/** Anchor of the `n`th page of top-level comments (from 2). */
export const pageAnchor = (n: number) => `commentaires-page-${n}`

/**
 * The top-level comments in pages of `pageSize`. Every page is in the HTML; the first shows,
 * the others are hidden by the CSS of `.comment-page` (app/globals.css) until the URL's
 * fragment targets them: « Charger plus » targets the next page (and shows every page before
 * it), « Afficher tous les commentaires » targets the whole list, and a permalink to a comment
 * on a later page shows that page. Fragments need no script and no request, so this works on
 * the static page without JavaScript as well as once hydrated.
 */
function Pages({
  tree,
  pageSize,
  view,
  now,
}: {
  tree: ThreadNode<PublicComment>[]
  pageSize: number
  view: ThreadView
  now: Date | null
}) {
  const pages: ThreadNode<PublicComment>[][] = []
  for (let at = 0; at < tree.length; at += pageSize) pages.push(tree.slice(at, at + pageSize))
  const list = (nodes: ThreadNode<PublicComment>[], first: number) => (
    <ol className="mt-6 space-y-6" data-testid="comment-list" start={first > 1 ? first : undefined}>
      {nodes.map((node) => (
        <CommentItem key={node.comment._id} node={node} view={view} now={now} />
      ))}
    </ol>
  )
  const more = (next: number, first: boolean) =>
    next <= pages.length ? (
      <p
        className={['comment-more mt-6 font-sans', first ? 'comment-more-first' : '']
          .join(' ')
          .trim()}
      >
        <a
          href={`#${pageAnchor(next)}`}
          className="font-semibold text-accent-ink underline"
          data-testid="comment-more"
        >
          Charger plus de commentaires
        </a>
      </p>
    ) : null
  return (
    <div id={ALL_COMMENTS_ANCHOR} className="comment-pages scroll-mt-4">
      {list(pages[0] ?? [], 1)}
      {more(2, true)}
      {pages.slice(1).map((page, index) => {
        const n = index + 2
        return (
          <div
            key={n}
            id={pageAnchor(n)}
            className={['comment-page scroll-mt-4', n === pages.length ? 'comment-page-last' : '']
              .join(' ')
              .trim()}
            data-testid="comment-page"
          >
            {list(page, (n - 1) * pageSize + 1)}
            {more(n + 1, false)}
          </div>
        )
      })}
      {pages.length > 1 ? (
        <p className="comment-all mt-3 font-sans">
          <a
            href={`#${ALL_COMMENTS_ANCHOR}`}
            className="font-semibold text-accent-ink underline"
            data-testid="comment-all"
          >
            Afficher tous les commentaires
          </a>
        </p>
      ) : null}
    </div>
  )
}

/** Sort links, the threaded list in pages, and the form's target. */
export function Thread({ comments, settings, view, now }: ThreadProps) {
  const tree = buildThread(comments, { sort: view.sort, maxDepth: settings.maxDepth })
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
      <Pages
        tree={tree}
        pageSize={view.showAll ? Math.max(tree.length, 1) : settings.pageSize}
        view={view}
        now={now}
      />
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
