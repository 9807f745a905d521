import { getCommentSettings, type PublicComment } from '@/lib/comments'
import { commentCountLabel } from '@/lib/comments/text'

import { CommentForm } from './CommentForm'
import { FollowThreadForm } from './FollowThreadForm'
import { LiveThread } from './Thread/index.client'

/** Props of the comment section; `comments` come from the cached `getApprovedComments`. */
export interface CommentSectionProps {
  articleId: string
  /** Where the form posts without JavaScript. */
  postPath: string
  /** Where « Suivre les commentaires » posts. */
  followPath: string
  comments: readonly PublicComment[]
  /** Passage keys of the article, to accept `?passage=` only for real blocks. */
  blockKeys: readonly string[]
}

/**
 * « Rejoignez la discussion ! ». Everything here is part of the static page (nothing reads the
 * request), so the article is served from the cache as a whole: the thread is rendered once in
 * the default order (what readers without JavaScript see) and follows the URL once hydrated;
 * the form gets its start token when the reader first focuses it. Without JavaScript it posts
 * to the comment route (Post/Redirect/Get, see lib/comments/nojs.ts).
 */
export async function CommentSection(props: CommentSectionProps) {
  const settings = await getCommentSettings()
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
      <LiveThread comments={props.comments} settings={settings} blockKeys={props.blockKeys} />
      <FollowThreadForm postPath={props.followPath} />
      <CommentForm articleId={props.articleId} postPath={props.postPath} />
    </section>
  )
}
