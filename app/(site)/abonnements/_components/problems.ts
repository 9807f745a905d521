import type { LinkProblem } from '@/lib/subscriptions/links'

/** What the reader can do about a refused link, per page. */
const NEXT_STEP = {
  confirm:
    'Pour vous abonner, renouvelez votre demande depuis le formulaire de commentaire de l’article.',
  unsubscribe:
    'Ouvrez le lien « Se désabonner » tel qu’il figure dans le dernier e-mail reçu de Kiosque.',
  delete:
    'Faites une nouvelle demande depuis la page « Données personnelles » : un nouveau lien vous sera envoyé.',
} as const

/** French explanation of a refused link. */
export function linkProblemMessage(problem: LinkProblem, page: keyof typeof NEXT_STEP): string {
  const why = {
    missing: 'Ce lien est incomplet : le jeton de vérification manque.',
    invalid: 'Ce lien n’est pas valide : il a pu être tronqué, modifié ou copié partiellement.',
    expired: 'Ce lien a expiré.',
  }[problem]
  return `${why} ${NEXT_STEP[page]}`
}
