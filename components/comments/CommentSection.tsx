import { connection } from 'next/server'
import { Suspense } from 'react'

import { getCommentSettings, type PublicComment } from '@/lib/comments'
import { signStartToken } from '@/lib/comments/form-token'
import { QUOTE_MAX } from '@/lib/comments/schema'
import { commentCountLabel } from '@/lib/comments/text'
import { parseSort } from '@/lib/comments/tree'
import { getServerSecret } from '@/lib/security/secret'

import { CommentForm } from './CommentForm'
import { DEFAULT_VIEW, Thread, type ThreadView } from './Thread'

type SearchParams = Record<string, string | string[] | undefined>

/** Props of the comment section; `comments` come from the cached `getApprovedComments`. */
export interface CommentSectionProps {
  articleId: string
  /** Where the form posts without JavaScript. */
  postPath: string
  comments: readonly PublicComment[]
  /** Passage keys of the article, to accept `?passage=` only for real blocks. */
  blockKeys: readonly string[]
  searchParams: Promise<SearchParams>
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

function viewOf(
  params: SearchParams,
  comments: readonly PublicComment[],
  blockKeys: readonly string[],
): ThreadView {
  const reply = one(params.reponse)
  const passage = one(params.passage)
  const quote = (one(params.citation) ?? '').replace(/[\t\n\r ]+/g, ' ').trim()
  return {
    sort: parseSort(one(params.tri)),
    showAll: one(params.tous) === '1',
    replyTo: reply && comments.some((comment) => comment._id === reply) ? reply : null,
    passage:
      passage && blockKeys.includes(passage)
        ? { blockKey: passage, quote: [...quote].slice(0, QUOTE_MAX).join('') }
        : null,
  }
}

/** The request-time thread: sort, « tous », reply target and passage read from the URL. */
async function RequestThread({ comments, blockKeys, searchParams }: CommentSectionProps) {
  const params = await searchParams
  const settings = await getCommentSettings()
  // The relative dates and the form's start token are of this request.
  await connection()
  return (
    <Thread
      comments={comments}
      settings={settings}
      view={viewOf(params, comments, blockKeys)}
      now={new Date()}
      startToken={signStartToken(getServerSecret())}
    />
  )
}

async function StaticThread({ comments }: Pick<CommentSectionProps, 'comments'>) {
  const settings = await getCommentSettings()
  return <Thread comments={comments} settings={settings} view={DEFAULT_VIEW} now={null} />
}

/**
 * « Rejoignez la discussion ! ». The heading, count and a default rendering of the thread are
 * part of the static page; the version that reads the URL replaces it at request time. The
 * default rendering is the Suspense fallback on purpose: it is what readers without JavaScript
 * see (streamed boundaries need a script to be swapped in). The form sits outside the boundary,
 * in the static part; request-time data reaches it through `FormTargetSetter`. Without
 * JavaScript it posts to the comment route (Post/Redirect/Get, see lib/comments/nojs.ts).
 */
export function CommentSection(props: CommentSectionProps) {
  return (
    <section
      id="commentaires"
      aria-labelledby="commentaires-titre"
      className="mx-auto mt-16 max-w-2xl scroll-mt-4"
      data-testid="comments"
    >
      <h2 id="commentaires-titre" className="font-sans text-2xl font-bold">
        Rejoignez la discussion !
      </h2>
      <p className="mt-1 font-sans text-sm text-muted">Votre adresse e-mail ne sera pas publiée.</p>
      <p className="mt-3 font-sans font-semibold" data-testid="comment-count">
        {commentCountLabel(props.comments.length)}
      </p>
      <p className="mt-1 font-sans text-sm text-muted">
        Commentaires en ligne : sélectionnez un passage de l’article ou suivez « Commenter ce
        passage » pour y réagir.
      </p>
      <Suspense fallback={<StaticThread comments={props.comments} />}>
        <RequestThread {...props} />
      </Suspense>
      <CommentForm articleId={props.articleId} postPath={props.postPath} />
    </section>
  )
}
