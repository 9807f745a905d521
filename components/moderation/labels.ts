/** French labels of the moderation back office, shared by its components. */

/** Links inside text (article, e-mail): coloured and underlined, so they read as links. */
export const linkClass = 'text-accent-ink underline'

export const trailLabels: Record<string, string> = {
  submitted: 'Déposé',
  approved: 'Approuvé',
  rejected: 'Rejeté',
  spam: 'Classé en spam',
  edited: 'Texte corrigé',
  deleted: 'Supprimé',
  undone: 'Décision annulée',
}

const doneLabels: Record<string, [string, string]> = {
  approve: ['commentaire approuvé', 'commentaires approuvés'],
  reject: ['commentaire rejeté', 'commentaires rejetés'],
  spam: ['commentaire classé en spam', 'commentaires classés en spam'],
  delete: ['commentaire supprimé', 'commentaires supprimés'],
  edit: ['texte corrigé', 'textes corrigés'],
  undo: ['décision annulée', 'décisions annulées'],
}

const errorLabels: Record<string, string> = {
  stale:
    'Ce commentaire a été modifié entre-temps. La liste a été rechargée : vérifiez-le et réessayez.',
  notFound: 'Ce commentaire n’existe plus.',
  unchanged: 'Rien à faire : le commentaire était déjà dans cet état.',
  invalid: 'La demande est incomplète ou invalide.',
  role: 'Votre rôle ne permet pas cette action (réservée aux modérateurs et administrateurs).',
  selection: 'Sélectionnez au moins un commentaire avant de choisir une action groupée.',
  'ban-ip':
    'L’adresse IP de ce commentaire n’est pas connue : bannissez plutôt son adresse e-mail.',
  'annulation-tardive':
    'Trop tard pour annuler : la décision est maintenue. Changez le statut depuis l’onglet du commentaire.',
  annulation:
    'Cette décision ne peut plus être annulée (déjà annulée, ou prise par un autre compte).',
  'annulation-impossible':
    'La décision n’a pas pu être annulée : le commentaire a été modifié entre-temps.',
}

/** The announcement of an action's result, from the redirect's query parameters. */
export function resultMessage(params: Record<string, string | string[] | undefined>): {
  text: string
  error: boolean
} | null {
  const get = (key: string) => (typeof params[key] === 'string' ? params[key] : undefined)
  const error = get('erreur')
  if (error) return { text: errorLabels[error] ?? 'L’action a échoué.', error: true }
  const done = get('fait')
  if (!done) return null
  if (done === 'ban-email') {
    return {
      text: 'Adresse e-mail bannie : ses prochains commentaires seront classés en spam.',
      error: false,
    }
  }
  if (done === 'ban-ip') {
    return {
      text: 'Adresse IP bannie : ses prochains commentaires seront classés en spam.',
      error: false,
    }
  }
  const count = Math.max(0, Number(get('n') ?? '1') || 0)
  const forms = doneLabels[done]
  if (!forms) return null
  const failed = Number(get('echecs') ?? '0') || 0
  const text = `${count} ${count > 1 ? forms[1] : forms[0]}.`
  return {
    text: failed
      ? `${text} ${failed} n’ont pas pu l’être (modifiés entre-temps ou déjà traités).`
      : text,
    error: false,
  }
}
