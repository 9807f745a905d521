import { clientIp } from '@/lib/comments/ratelimit'
import { postedArticle } from '@/lib/comments/posted-article'
import { SUBSCRIBED_ANCHOR } from '@/lib/comments/nojs'
import { getEnv } from '@/lib/env'
import { readFormPost } from '@/lib/security/origin'
import { followArticleThread } from '@/lib/subscriptions'
import { followRefusalPage } from '@/lib/subscriptions/follow'

/** Largest form read: an e-mail address and a honeypot. */
const FOLLOW_BODY_LIMIT = 4 * 1024

const html = (body: string, status: number) =>
  new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/**
 * « Suivre les commentaires » (the form under the thread), with or without JavaScript: a plain
 * post, then Post/Redirect/Get to the article, whose prerendered page shows the confirmation
 * at `#abonnement-demande`; a refusal answers a small page with the message and the form.
 */
export async function POST(request: Request, context: RouteContext<'/articles/[slug]/abonnement'>) {
  const { slug } = await context.params
  const target = await postedArticle(slug)
  if (!target.ok) return target.response
  const { article, path: articlePath } = target
  const post = await readFormPost(request, FOLLOW_BODY_LIMIT, getEnv().siteUrl, {
    tooLarge: 'indiquez seulement votre adresse e-mail',
    retry: 'Revenez à l’article et indiquez de nouveau votre adresse.',
    log: '[abonnement]',
  })
  if (!post.ok) return post.response
  const formData = post.form

  const ip = clientIp(request.headers, getEnv().trustedProxyHeader)
  try {
    const result = await followArticleThread(formData, { articleId: article._id, ip })
    if (result.ok) {
      return new Response(null, {
        status: 303,
        headers: { Location: `${articlePath}#${SUBSCRIBED_ANCHOR}` },
      })
    }
    return html(
      followRefusalPage({
        articleTitle: article.headline ?? 'Article',
        articlePath,
        postPath: `${articlePath}/abonnement`,
        error: result.error,
        email: result.email,
      }),
      422,
    )
  } catch (error) {
    console.error('[abonnements] suivi du fil :', error)
    return html(
      '<!DOCTYPE html><html lang="fr"><title>Demande non enregistrée</title><p>Votre demande n’a pas pu être enregistrée. Revenez à l’article et réessayez dans un instant.</p></html>',
      503,
    )
  }
}
