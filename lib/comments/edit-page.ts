import { escapeHtml } from '@/lib/mail/template'

import { BODY_MAX, EDIT_PAGE_PATH, EDIT_WINDOW_MINUTES } from './form-limits'

/*
 * « Modifier mon commentaire » (`/commentaires/modifier`): a small self-contained page, like the
 * refusal page of the comment form, because it depends on this browser's edit cookie and must
 * work without JavaScript (a request-time part of a prerendered page would only show with a
 * script). It lists the comments this browser may still edit, each in its own form.
 */

/** One editable comment as the page shows it (to its author only). */
export interface EditableComment {
  id: string
  body: string
  articleTitle: string
  articlePath: string
  /** Minutes left in the edit window, rounded up. */
  minutesLeft: number
  wasApproved: boolean
  /** A refusal of the last post for this comment, and the text typed then. */
  error?: string
}

const STYLE = `
body{font:1.0625rem/1.6 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:2rem 1rem;color:#1b1b1b;background:#fdfcfa}
@media (prefers-color-scheme:dark){body{color:#ecebe8;background:#141414}a{color:#f0a58f}.erreur{color:#ff9d85}}
h1{font:700 1.75rem/1.2 Georgia,serif}h2{font:700 1.125rem/1.3 system-ui,sans-serif;margin-top:2rem}
label{font-weight:600;display:block;margin-top:1rem}
textarea{display:block;width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:1px solid #8a8780;border-radius:.25rem;background:inherit;color:inherit}
.erreur{color:#a3260f;font-weight:600;margin:.25rem 0 0}
button{margin-top:1rem;font:600 1rem system-ui,sans-serif;padding:.5rem 1.25rem;border:0;border-radius:.25rem;background:#a3260f;color:#fff}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
`

function item(comment: EditableComment, index: number): string {
  const field = `texte-${index}`
  const described = comment.error ? ` aria-invalid="true" aria-describedby="${field}-erreur"` : ''
  return `<section data-testid="edit-comment">
<h2>Sur « <a href="${escapeHtml(comment.articlePath)}">${escapeHtml(comment.articleTitle)}</a> »</h2>
<p>Encore ${comment.minutesLeft} minute${comment.minutesLeft > 1 ? 's' : ''} pour le modifier.${
    comment.wasApproved
      ? ' Il est publié : une fois modifié, il sera de nouveau relu par la modération avant de réapparaître.'
      : ''
  }</p>
<form method="post" action="${EDIT_PAGE_PATH}" novalidate>
<input type="hidden" name="commentId" value="${escapeHtml(comment.id)}">
<label for="${field}">Commentaire</label>
<textarea id="${field}" name="body" rows="8" required${described}>${escapeHtml(comment.body)}</textarea>
<p>Texte brut, ${BODY_MAX.toLocaleString('fr-FR')} caractères au plus.</p>
${comment.error ? `<p class="erreur" id="${field}-erreur" role="alert" data-testid="erreur-modification">${escapeHtml(comment.error)}</p>` : ''}
<button type="submit">Enregistrer la modification</button>
</form>
</section>`
}

/** The page: the editable comments, or why there is none; `notice` is a refusal not tied to one. */
export function editPage(comments: readonly EditableComment[], notice?: string): string {
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Modifier mon commentaire</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Modifier mon commentaire</h1>
${notice ? `<p class="erreur" role="alert" data-testid="erreur-modification">${escapeHtml(notice)}</p>` : ''}
${
  comments.length > 0
    ? comments.map(item).join('\n')
    : `<p data-testid="edit-none">Aucun commentaire ne peut être modifié depuis ce navigateur. Un commentaire se modifie pendant ${EDIT_WINDOW_MINUTES} minutes après son envoi, depuis le navigateur qui l’a envoyé ; au-delà, écrivez un nouveau commentaire pour préciser votre pensée.</p>
<p><a href="/">Revenir à l’accueil</a></p>`
}
</main>
</body>
</html>
`
}
