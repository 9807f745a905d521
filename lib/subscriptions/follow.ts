import { z } from 'zod'

import { consumeRateLimit, submissionBuckets } from '@/lib/comments/ratelimit'
import { escapeHtml } from '@/lib/mail/template'

import { clock, type SubscriptionDeps } from './deps'
import { requestSubscription } from './subscribe'

/*
 * « Suivre les commentaires »: a reader asks for mail on each new approved comment of an article
 * without writing one. Same double opt-in as the comment form's « Notification pour » boxes: a
 * pending subscription and a confirmation link, nothing sent afterwards until it is clicked.
 */

/** Said after every valid request, whether a mail left or not (known address, limit, opt-out). */
export const FOLLOW_MESSAGE =
  'Demande enregistrée. Si cette adresse peut recevoir nos messages, un e-mail vient de lui être envoyé : cliquez sur le lien qu’il contient pour confirmer l’abonnement aux nouveaux commentaires de cet article.'

const followSchema = z.object({
  email: z
    .string({ message: 'Indiquez votre adresse e-mail.' })
    .trim()
    .min(1, { message: 'Indiquez votre adresse e-mail.' })
    .max(254, { message: 'Votre adresse e-mail ne doit pas dépasser 254 caractères.' })
    .pipe(
      z.email({ message: 'Cette adresse e-mail n’est pas valide (exemple : nom@domaine.fr).' }),
    ),
  // Honeypot, as in the comment form.
  website: z
    .string()
    .optional()
    .refine((value) => !value, {
      message: 'Ce champ doit rester vide : votre envoi ressemble à celui d’un robot.',
    }),
})

/** Outcome of a request: `ok`, or one French message and what was typed. */
export type FollowResult = { ok: true } | { ok: false; error: string; email: string }

/**
 * Validates a « Suivre les commentaires » form and records a pending thread subscription with
 * its confirmation mail. Counted in the comment form's per-address and per-IP limits; the mails
 * themselves stay limited to 3 a day per mailbox by `requestSubscription`.
 */
export async function followThread(
  deps: SubscriptionDeps,
  formData: FormData,
  { articleId, ip }: { articleId: string; ip: string },
): Promise<FollowResult> {
  const raw = (key: string) => {
    const value = formData.get(key)
    return typeof value === 'string' ? value : undefined
  }
  const typed = (raw('email') ?? '').slice(0, 254)
  const parsed = followSchema.safeParse({ email: raw('email'), website: raw('website') })
  if (!parsed.success) {
    return { ok: false, error: parsed.error.issues[0]?.message ?? 'Envoi invalide.', email: typed }
  }
  const email = parsed.data.email.toLowerCase()
  if (
    !consumeRateLimit(deps.db, submissionBuckets(deps.secret, { ip, email }), { now: clock(deps) })
  ) {
    return {
      ok: false,
      error: 'Vous avez envoyé beaucoup de demandes en peu de temps. Réessayez un peu plus tard.',
      email: typed,
    }
  }
  await requestSubscription(deps, { email, name: '', articleId, kind: 'thread' })
  return { ok: true }
}

/** The answer to a refused request without JavaScript: the message and the form again. */
export function followRefusalPage(input: {
  articleTitle: string
  articlePath: string
  postPath: string
  error: string
  email: string
}): string {
  return `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Suivre les commentaires : demande à corriger</title>
<style>body{font:1.0625rem/1.6 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:2rem 1rem;color:#1b1b1b;background:#fdfcfa}
@media (prefers-color-scheme:dark){body{color:#ecebe8;background:#141414}a{color:#f0a58f}.erreur{color:#ff9d85}}
label{font-weight:600;display:block;margin-top:1rem}input[type=email]{display:block;width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:1px solid #8a8780;border-radius:.25rem;background:inherit;color:inherit}
.erreur{color:#a3260f;font-weight:600}.piege{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
button{margin-top:1rem;font:600 1rem system-ui,sans-serif;padding:.5rem 1.25rem;border:0;border-radius:.25rem;background:#a3260f;color:#fff}</style></head>
<body><main>
<h1>Suivre les commentaires</h1>
<p>Article : <a href="${escapeHtml(input.articlePath)}">${escapeHtml(input.articleTitle)}</a></p>
<form action="${escapeHtml(input.postPath)}" method="post" novalidate>
<label for="suivre-email">Adresse e-mail</label>
<input id="suivre-email" name="email" type="email" autocomplete="email" required value="${escapeHtml(input.email)}" aria-invalid="true" aria-describedby="suivre-erreur">
<p class="erreur" id="suivre-erreur" role="alert" data-testid="erreur-suivre">${escapeHtml(input.error)}</p>
<div class="piege" aria-hidden="true"><label for="suivre-site">Site web (laisser vide)</label><input id="suivre-site" name="website" type="text" tabindex="-1" autocomplete="off"></div>
<button type="submit">Suivre les commentaires</button>
</form></main></body></html>`
}
