import { escapeHtml } from '@/lib/mail/template'

import { BODY_MAX, NAME_MAX, type CommentField, type CommentFormValues } from './schema'

/*
 * The answer to a refused comment posted without JavaScript. The article page is prerendered
 * and its request-time parts are streamed into hidden boundaries that only a script reveals, so
 * a refusal (errors beside their fields, typed text kept) cannot be shown inside it for such a
 * reader. The comment route answers with this small self-contained page instead: same fields,
 * same labels and messages as the form of the article, posting to the same route.
 */

/** What the refusal page needs. */
export interface RefusalPageInput {
  articleId: string
  articleTitle: string
  articlePath: string
  postPath: string
  errors: Partial<Record<CommentField, string>>
  values: CommentFormValues
  startToken: string
}

const STYLE = `
body{font:1.0625rem/1.6 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:2rem 1rem;color:#1b1b1b;background:#fdfcfa}
@media (prefers-color-scheme:dark){body{color:#ecebe8;background:#141414}a{color:#f0a58f}}
h1{font:700 1.75rem/1.2 Georgia,serif}label{font-weight:600;display:block;margin-top:1rem}
input[type=text],input[type=email],textarea{display:block;width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:1px solid #8a8780;border-radius:.25rem;background:inherit;color:inherit}
.check{display:flex;gap:.5rem;font-weight:400;align-items:flex-start}.erreur{color:#a3260f;font-weight:600;margin:.25rem 0 0}
@media (prefers-color-scheme:dark){.erreur{color:#ff9d85}}
.alerte{border:1px solid currentColor;padding:.75rem;color:#a3260f;font-weight:600}
@media (prefers-color-scheme:dark){.alerte{color:#ff9d85}}
.piege{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
button{margin-top:1.5rem;font:600 1rem system-ui,sans-serif;padding:.5rem 1.25rem;border:0;border-radius:.25rem;background:#a3260f;color:#fff}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
`

/** The refusal page: the form again, with one French message per refused field. */
export function refusalPage(input: RefusalPageInput): string {
  const { errors, values } = input
  const error = (field: CommentField) =>
    errors[field]
      ? `<p class="erreur" id="erreur-${field}" data-testid="erreur-${field}">${escapeHtml(errors[field])}</p>`
      : ''
  const described = (field: CommentField) =>
    errors[field] ? ` aria-invalid="true" aria-describedby="erreur-${field}"` : ''
  const checked = (on: boolean) => (on ? ' checked' : '')
  const hidden = (name: string, value: string) =>
    `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Votre commentaire n’a pas été publié</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Votre commentaire n’a pas encore été envoyé</h1>
<p>Corrigez ce qui est signalé ci-dessous puis envoyez-le de nouveau. Votre texte est conservé.
<a href="${escapeHtml(input.articlePath)}#commentaires">Revenir à l’article « ${escapeHtml(input.articleTitle)} »</a></p>
<form method="post" action="${escapeHtml(input.postPath)}" data-testid="comment-form" novalidate>
${errors.form ? `<p class="alerte" role="alert" data-testid="erreur-form">${escapeHtml(errors.form)}</p>` : ''}
${hidden('articleId', input.articleId)}
${hidden('startToken', input.startToken)}
${hidden('parentId', values.parentId)}
${hidden('anchorBlockKey', values.anchorBlockKey)}
${hidden('anchorQuote', values.anchorQuote)}
${error('parentId')}${error('anchorBlockKey')}${error('anchorQuote')}
<label for="commentaire">Commentaire</label>
<textarea id="commentaire" name="body" rows="8" required${described('body')}>${escapeHtml(values.body)}</textarea>
<p>Texte brut, ${BODY_MAX.toLocaleString('fr-FR')} caractères au plus.</p>
${error('body')}
<label for="nom">Nom</label>
<input id="nom" name="name" type="text" autocomplete="name" required maxlength="${NAME_MAX * 2}" value="${escapeHtml(values.name)}"${described('name')}>
${error('name')}
<label for="courriel">Adresse e-mail</label>
<input id="courriel" name="email" type="email" autocomplete="email" required value="${escapeHtml(values.email)}"${described('email')}>
${error('email')}
<div class="piege" aria-hidden="true"><label for="site-web">Site web (laisser vide)</label><input id="site-web" name="website" type="text" tabindex="-1" autocomplete="off" value=""></div>
${error('website')}
<fieldset><legend>Notification pour</legend>
<label class="check"><input type="checkbox" name="notifyThread"${checked(values.notifyThread)}> nouveaux commentaires de suivi</label>
<label class="check"><input type="checkbox" name="notifyReplies"${checked(values.notifyReplies)}> nouvelles réponses à mes commentaires</label>
</fieldset>
<label class="check"><input type="checkbox" name="consent" required${checked(values.consent)}${described('consent')}> <span>J’accepte que mes données soient conservées pour publier et gérer mon commentaire.</span></label>
${error('consent')}
<button type="submit">Publier le commentaire</button>
</form>
</main>
</body>
</html>
`
}
