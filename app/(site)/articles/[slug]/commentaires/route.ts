import { revalidateTag } from 'next/cache'

import { acceptComment } from '@/lib/comments/accept'
import { postedArticle } from '@/lib/comments/posted-article'
import { grantEditAfter } from '@/lib/comments/edit-grant'
import { commentPostPath, CONFIRMATION_ANCHORS, NOJS_BODY_LIMIT } from '@/lib/comments/nojs'
import { refusalPage } from '@/lib/comments/refusal-page'
import { getEnv } from '@/lib/env'
import { escapeHtml } from '@/lib/mail/template'
import { readFormPost } from '@/lib/security/origin'
import { safeRedirectPath } from '@/lib/security/redirect'

const html = (body: string, status: number) =>
  new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/**
 * The comment form posted without JavaScript (with it, the form calls the Server Action).
 * Post/Redirect/Get: an accepted comment redirects to the article, whose prerendered page shows
 * the confirmation for the anchor it lands on; a refusal answers the form again with its errors
 * and the typed text (see lib/comments/refusal-page.ts for why it is not the article page).
 */
export async function POST(
  request: Request,
  context: RouteContext<'/articles/[slug]/commentaires'>,
) {
  const { slug } = await context.params
  const target = await postedArticle(slug)
  if (!target.ok) return target.response
  const { article, path: articlePath } = target
  const post = await readFormPost(request, NOJS_BODY_LIMIT, getEnv().siteUrl, {
    tooLarge: 'un commentaire compte 4 000 caractères au plus',
    retry: `<a href="${escapeHtml(articlePath)}">Revenez à l’article</a> et envoyez de nouveau votre commentaire.`,
    log: '[commentaires]',
  })
  if (!post.ok) return post.response
  const formData = post.form
  // The article of the URL, whatever the form claims.
  formData.set('articleId', article._id)
  const state = await acceptComment(formData, {
    headers: request.headers,
    expireTag: (tag) => revalidateTag(tag, { expire: 0 }),
  })
  if (state.status === 'ok') {
    await grantEditAfter(state)
    const anchor = CONFIRMATION_ANCHORS[state.outcome]
    return new Response(null, {
      status: 303,
      headers: { Location: safeRedirectPath(`${articlePath}#${anchor}`) },
    })
  }
  if (state.status !== 'error')
    return new Response(null, { status: 303, headers: { Location: safeRedirectPath(articlePath) } })
  return html(
    refusalPage({
      articleId: article._id,
      articleTitle: article.headline ?? 'Article',
      articlePath,
      postPath: commentPostPath(articlePath),
      errors: state.errors,
      values: state.values,
      startToken: state.startToken ?? '',
    }),
    422,
  )
}
