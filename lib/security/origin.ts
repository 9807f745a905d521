/*
 * Cross-site request forgery check for form posts that are not Server Actions (Next checks those
 * itself, comparing `Origin` with the host). Same rule: a browser always sends `Origin` on a
 * cross-site POST, so a post whose `Origin` names another site is refused; when `Origin` is
 * absent, the Fetch Metadata header must say the post came from this origin. A post with neither
 * comes from no browser a forger could use, but is refused all the same: nothing legitimate
 * sends one.
 */

function hostOf(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    return new URL(value).host.toLowerCase()
  } catch {
    return null
  }
}

/**
 * Whether `request` was posted by a page of this site. The hosts accepted are the one the
 * request was sent to (`X-Forwarded-Host` set by the proxy, else `Host`, else the URL), and the
 * public URL of the site (`siteUrl`) when given.
 */
export function isSameOriginPost(request: Request, siteUrl?: string): boolean {
  const origin = request.headers.get('origin')
  if (origin === null) return request.headers.get('sec-fetch-site') === 'same-origin'
  const originHost = hostOf(origin)
  if (!originHost) return false
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim()
  const targets = [
    forwarded?.toLowerCase(),
    request.headers.get('host')?.toLowerCase(),
    hostOf(request.url),
    hostOf(siteUrl),
  ]
  return targets.some((host) => host === originHost)
}

/** What a form page answers when a post is refused before it is read (French, for readers). */
export interface FormPostMessages {
  /** Why the post is too large, e.g. « un commentaire compte 4 000 caractères au plus ». */
  tooLarge: string
  /** What to do after a refusal, e.g. « Revenez à l’article et envoyez de nouveau… ». */
  retry: string
  /** Prefix of the log line of a cross-site refusal, e.g. `[commentaires]`. */
  log: string
}

const page = (title: string, text: string, status: number) =>
  new Response(`<!DOCTYPE html><html lang="fr"><title>${title}</title><p>${text}</p></html>`, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/**
 * Reads a form posted to a route handler (forms that work without JavaScript), after the checks
 * every such post needs: a declared size within `limit` (413), a post from this site
 * (`isSameOriginPost`, 403), a readable body (400). `messages` are HTML: the caller escapes.
 */
export async function readFormPost(
  request: Request,
  limit: number,
  siteUrl: string,
  messages: FormPostMessages,
): Promise<{ ok: true; form: FormData } | { ok: false; response: Response }> {
  // Refused before parsing: these forms weigh a few kilobytes at most.
  const length = Number(request.headers.get('content-length') ?? 'NaN')
  if (!Number.isFinite(length) || length > limit) {
    const text = `Votre envoi est trop volumineux : ${messages.tooLarge}.`
    return { ok: false, response: page('Envoi trop volumineux', text, 413) }
  }
  // Cross-site forgery: the same rule Next applies to Server Actions.
  if (!isSameOriginPost(request, siteUrl)) {
    console.warn(`${messages.log} envoi refusé : origine`, request.headers.get('origin'))
    const text = `Ce formulaire ne peut être envoyé que depuis une page du site. ${messages.retry}`
    return { ok: false, response: page('Envoi refusé', text, 403) }
  }
  try {
    return { ok: true, form: await request.formData() }
  } catch {
    const text = `Votre envoi n’a pas pu être lu. ${messages.retry}`
    return { ok: false, response: page('Envoi illisible', text, 400) }
  }
}
