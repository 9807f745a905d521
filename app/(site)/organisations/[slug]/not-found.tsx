import { NotFoundMessage } from '@/components/site/NotFoundMessage'

export default function OrganisationNotFound() {
  return (
    <NotFoundMessage
      title="Organisation introuvable"
      text="Aucune organisation ne correspond à cette adresse. Elle a peut-être changé ou été retirée."
      back={{ href: '/organisations', label: 'Toutes les organisations' }}
    />
  )
}
