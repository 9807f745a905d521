import { revalidateTag } from 'next/cache'

import { acceptComment } from '@/lib/comments/accept'
import { grantEditAfter } from '@/lib/comments/edit-grant'
import { commentPostPath, CONFIRMATION_ANCHORS, NOJS_BODY_LIMIT } from '@/lib/comments/nojs'
import { refusalPage } from '@/lib/comments/refusal-page'
import { fetchContent } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { escapeHtml } from '@/lib/mail/template'
import { resolveHref } from '@/lib/href'
import { isSameOriginPost } from '@/lib/security/origin'
import { safeRedirectPath } from '@/lib/security/redirect'
import { commentPostArticleQuery } from '@/sanity/lib/queries'

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
  const article = await fetchContent(commentPostArticleQuery, { slug })
  const articlePath = resolveHref('article', article?.slug)
  if (!article || !articlePath) {
    return html(
      '<!DOCTYPE html><html lang="fr"><title>Article introuvable</title><p>Cet article est introuvable.</p></html>',
      404,
    )
  }
  // Refused before parsing: a comment form is a few kilobytes at most.
  const length = Number(request.headers.get('content-length') ?? 'NaN')
  if (!Number.isFinite(length) || length > NOJS_BODY_LIMIT) {
    return html(
      '<!DOCTYPE html><html lang="fr"><title>Envoi trop volumineux</title><p>Votre envoi est trop volumineux : un commentaire compte 4 000 caractères au plus.</p></html>',
      413,
    )
  }
  // Cross-site forgery: the same rule Next applies to Server Actions (lib/security/origin.ts).
  if (!isSameOriginPost(request, getEnv().siteUrl)) {
    console.warn(
      '[commentaires] envoi sans JavaScript refusé : origine',
      request.headers.get('origin'),
    )
    return html(
      `<!DOCTYPE html><html lang="fr"><title>Envoi refusé</title><p>Ce formulaire ne peut être envoyé que depuis une page du site. <a href="${escapeHtml(articlePath)}">Revenez à l’article</a> et envoyez de nouveau votre commentaire.</p></html>`,
      403,
    )
  }
  let formData: FormData
  try {
    formData = await request.formData()
  } catch {
    return html(
      '<!DOCTYPE html><html lang="fr"><title>Envoi illisible</title><p>Votre envoi n’a pas pu être lu. Revenez à l’article et envoyez de nouveau votre commentaire.</p></html>',
      400,
    )
  }
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
