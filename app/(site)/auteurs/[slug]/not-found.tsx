import { NotFoundMessage } from '@/components/site/NotFoundMessage'

export default function AuthorNotFound() {
  return (
    <NotFoundMessage
      title="Auteur introuvable"
      text="Cette adresse ne correspond à aucun membre de la rédaction de Kiosque."
      back={{ href: '/personnalites', label: 'Les personnalités' }}
    />
  )
}
