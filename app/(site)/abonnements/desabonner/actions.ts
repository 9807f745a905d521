'use server'

import { unsubscribe } from '@/lib/subscriptions'

import { linkProblemMessage } from '../_components/problems'
import type { TokenActionState } from '../_components/state'

/** The « Confirmer le désabonnement » button. */
export async function unsubscribeAction(
  _state: TokenActionState,
  formData: FormData,
): Promise<TokenActionState> {
  const token = formData.get('jeton')
  const result = await unsubscribe(typeof token === 'string' ? token : undefined)
  if (!result.ok)
    return { status: 'error', message: linkProblemMessage(result.problem, 'unsubscribe') }
  return {
    status: 'done',
    message:
      result.scope === 'all'
        ? 'C’est fait : vous ne recevrez plus aucun message de Kiosque.'
        : 'C’est fait : vous êtes désabonné et ne recevrez plus ces notifications.',
  }
}
