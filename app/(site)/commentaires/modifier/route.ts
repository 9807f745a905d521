import { revalidateTag } from 'next/cache'
import { after, type NextRequest } from 'next/server'

import { commentsTag, getCommentStore } from '@/lib/comments'
import { EDIT_COOKIE, EDIT_WINDOW_MS, editComment, readEditGrants } from '@/lib/comments/edit'
import { editPage, type EditableComment } from '@/lib/comments/edit-page'
import { EDITED_ANCHOR, NOJS_BODY_LIMIT } from '@/lib/comments/nojs'
import { getEnv } from '@/lib/env'
import { resolveHref } from '@/lib/href'
import { announcePendingComment } from '@/lib/moderation'
import { readFormPost } from '@/lib/security/origin'
import { getServerSecret } from '@/lib/security/secret'

const html = (body: string, status: number) =>
  new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/** The comments this browser may still edit, with the typed text and error of a refused post. */
async function editable(
  cookie: string | undefined,
  refused?: { id: string; body: string; error: string },
): Promise<EditableComment[]> {
  const now = Date.now()
  const store = await getCommentStore()
  const comments: EditableComment[] = []
  for (const grant of readEditGrants(cookie, getServerSecret(), now).reverse()) {
    const target = await store.getEditTarget(grant.id)
    const path = resolveHref('article', target?.slug)
    if (!target || !path || (target.status !== 'pending' && target.status !== 'approved')) continue
    const left = Date.parse(target.createdAt ?? '') + EDIT_WINDOW_MS - now
    if (!(left > 0)) continue
    const mine = refused?.id === target._id ? refused : undefined
    comments.push({
      id: target._id,
      body: mine ? mine.body : target.body,
      articleTitle: target.headline,
      articlePath: path,
      minutesLeft: Math.ceil(left / 60_000),
      wasApproved: target.status === 'approved',
      error: mine?.error,
    })
  }
  return comments
}

/** « Modifier mon commentaire »: the comments this browser sent in the last few minutes. */
export async function GET(request: NextRequest) {
  const cookie = request.cookies.get(EDIT_COOKIE)?.value
  return html(editPage(await editable(cookie)), 200)
}

/**
 * An author's edit, with or without JavaScript (a plain form post): checked against the
 * browser's signed edit cookie, then Post/Redirect/Get to the article at `#commentaire-modifie`.
 * A refusal answers the page again with the typed text and the French message.
 */
export async function POST(request: NextRequest) {
  const post = await readFormPost(request, NOJS_BODY_LIMIT, getEnv().siteUrl, {
    tooLarge: 'un commentaire compte 4 000 caractères au plus',
    retry: 'Revenez à la page précédente et recommencez.',
    log: '[modification]',
  })
  if (!post.ok) return post.response
  const formData = post.form

  const cookie = request.cookies.get(EDIT_COOKIE)?.value
  let outcome: Awaited<ReturnType<typeof editComment>>
  try {
    outcome = await editComment(formData, {
      store: await getCommentStore(),
      secret: getServerSecret(),
      cookie,
    })
  } catch (error) {
    console.error('[commentaires] modification :', error)
    outcome = {
      ok: false,
      field: 'form',
      error: 'Votre modification n’a pas pu être enregistrée. Réessayez dans un instant.',
    }
  }
  if (outcome.ok) {
    const path = resolveHref('article', outcome.slug) ?? '/'
    if (outcome.changed) {
      const id = String(formData.get('commentId'))
      // A published comment leaves the thread until a moderator approves its new text.
      if (outcome.wasApproved) revalidateTag(commentsTag(outcome.articleId), { expire: 0 })
      after(() => announcePendingComment(id))
    }
    return new Response(null, { status: 303, headers: { Location: `${path}#${EDITED_ANCHOR}` } })
  }
  const id = formData.get('commentId')
  const body = formData.get('body')
  const comments = await editable(
    cookie,
    typeof id === 'string' && typeof body === 'string'
      ? { id, body, error: outcome.error }
      : undefined,
  )
  const shown = comments.some((comment) => comment.error)
  return html(editPage(comments, shown ? undefined : outcome.error), 422)
}
