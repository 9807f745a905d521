'use server'

import { z } from 'zod'

import { eraseData, requestDataDeletion } from '@/lib/subscriptions'

import { linkProblemMessage } from '../abonnements/_components/problems'
import type { TokenActionState } from '../abonnements/_components/state'

const requestSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { message: 'Saisissez l’adresse e-mail utilisée pour commenter.' })
    .pipe(z.email({ message: 'Adresse e-mail invalide : vérifiez sa saisie (nom@exemple.fr).' }))
    .pipe(z.string().max(254, { message: 'Adresse e-mail trop longue.' })),
})

/**
 * The erasure request form. The answer is the same for every valid address, whether it wrote
 * comments or not, whether a mail went out or the per-address limit held it back.
 */
export async function requestDeletionAction(
  _state: TokenActionState,
  formData: FormData,
): Promise<TokenActionState> {
  const parsed = requestSchema.safeParse({ email: formData.get('email') ?? '' })
  if (!parsed.success) {
    return {
      status: 'error',
      message: parsed.error.issues[0]?.message ?? 'Adresse e-mail invalide.',
    }
  }
  await requestDataDeletion(parsed.data.email)
  return {
    status: 'done',
    message:
      'Demande enregistrée. Si cette adresse peut recevoir nos messages, un e-mail contenant un lien de confirmation, valable 24 heures, vient de lui être envoyé. Pensez à vérifier vos courriers indésirables.',
  }
}

/** The « Supprimer définitivement » button of the erasure link's page. */
export async function confirmDeletionAction(
  _state: TokenActionState,
  formData: FormData,
): Promise<TokenActionState> {
  const token = formData.get('jeton')
  const result = await eraseData(typeof token === 'string' ? token : undefined)
  if (!result.ok) return { status: 'error', message: linkProblemMessage(result.problem, 'delete') }
  const comments =
    result.comments === 0
      ? 'aucun commentaire n’était associé à cette adresse'
      : result.comments === 1
        ? '1 commentaire a été supprimé'
        : `${result.comments} commentaires ont été supprimés`
  return {
    status: 'done',
    message: `Suppression effectuée : ${comments}, ainsi que vos abonnements et l’historique des messages envoyés à cette adresse.`,
  }
}
