import { NotFoundMessage } from '@/components/site/NotFoundMessage'

export default function SeriesMonthNotFound() {
  return (
    <NotFoundMessage
      title="Mois d’archives introuvable"
      text="Cette rubrique n’a publié aucun article ce mois-là, ou l’adresse est mal formée (elle doit finir par l’année et le mois, par exemple 2026-11)."
    />
  )
}
