import 'server-only'

import { fetchContent } from '@/lib/content'
import { resolveHref } from '@/lib/href'
import { commentPostArticleQuery } from '@/sanity/lib/queries'
import type { CommentPostArticleQueryResult } from '@/sanity.types'

type PostedArticle = NonNullable<CommentPostArticleQueryResult>

/**
 * The article a form under it was posted to, by the URL's slug (never by what the form claims),
 * with its path; or the French 404 page to answer when there is none.
 */
export async function postedArticle(
  slug: string,
): Promise<{ ok: true; article: PostedArticle; path: string } | { ok: false; response: Response }> {
  const article = await fetchContent(commentPostArticleQuery, { slug })
  const path = resolveHref('article', article?.slug)
  if (article && path) return { ok: true, article, path }
  return {
    ok: false,
    response: new Response(
      '<!DOCTYPE html><html lang="fr"><title>Article introuvable</title><p>Cet article est introuvable.</p></html>',
      {
        status: 404,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
      },
    ),
  }
}
