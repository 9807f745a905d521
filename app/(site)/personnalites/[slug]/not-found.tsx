import { NotFoundMessage } from '@/components/site/NotFoundMessage'

export default function PersonNotFound() {
  return (
    <NotFoundMessage
      title="Personnalité introuvable"
      text="Aucune fiche ne correspond à cette adresse. Elle a peut-être changé ou été retirée."
      back={{ href: '/personnalites', label: 'Toutes les personnalités' }}
    />
  )
}
