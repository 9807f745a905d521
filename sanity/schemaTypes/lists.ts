/**
 * Option lists shared by schema types and the Studio structure, so a label is written once.
 * Values are the stored contract (docs/content-model.md); titles are what editors read.
 */

export const articleKinds = [
  { title: 'Entretien', value: 'interview', plural: 'Entretiens' },
  { title: 'Portrait', value: 'portrait', plural: 'Portraits' },
  { title: 'Actualité', value: 'news', plural: 'Actualités' },
  { title: 'Tribune', value: 'opinion', plural: 'Tribunes' },
] as const

export const commentStatuses = [
  { title: 'En attente', value: 'pending', plural: 'En attente' },
  { title: 'Approuvé', value: 'approved', plural: 'Approuvés' },
  { title: 'Rejeté', value: 'rejected', plural: 'Rejetés' },
  { title: 'Spam', value: 'spam', plural: 'Spam' },
] as const

export const moderationActions = [
  { title: 'Soumis', value: 'submitted' },
  { title: 'Approuvé', value: 'approved' },
  { title: 'Rejeté', value: 'rejected' },
  { title: 'Marqué comme spam', value: 'spam' },
  { title: 'Modifié', value: 'edited' },
  { title: 'Supprimé', value: 'deleted' },
  { title: 'Décision annulée', value: 'undone' },
] as const

export const organisationKinds = [
  { title: 'Association', value: 'association' },
  { title: 'Entreprise', value: 'company' },
  { title: 'Organisme public', value: 'publicBody' },
  { title: 'Syndicat', value: 'union' },
  { title: 'Fédération', value: 'federation' },
  { title: 'Confédération', value: 'confederation' },
  { title: 'École', value: 'school' },
  { title: 'Autre', value: 'other' },
] as const

export const organisationRelationKinds = [
  { title: 'Membre de', value: 'memberOf' },
  { title: 'Rattachée à', value: 'attachedTo' },
  { title: 'Rachetée par', value: 'acquiredBy' },
  { title: 'Succède à', value: 'successorOf' },
  { title: 'Filiale de', value: 'subsidiaryOf' },
] as const

export const seriesCadences = [
  { title: 'Mensuelle', value: 'monthly' },
  { title: 'Hebdomadaire', value: 'weekly' },
  { title: 'Irrégulière', value: 'irregular' },
] as const

/** Options for a `string` field: Sanity wants `{title, value}` pairs, without our extra keys. */
export function listOptions(list: ReadonlyArray<{ title: string; value: string }>) {
  return list.map(({ title, value }) => ({ title, value }))
}

/** The French label of a stored value, or the value itself when it is unknown. */
export function labelOf(list: ReadonlyArray<{ title: string; value: string }>, value: unknown) {
  return (
    list.find((item) => item.value === value)?.title ?? (typeof value === 'string' ? value : '')
  )
}
