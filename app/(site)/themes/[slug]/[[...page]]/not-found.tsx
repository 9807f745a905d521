import { NotFoundMessage } from '@/components/site/NotFoundMessage'

export default function TagNotFound() {
  return (
    <NotFoundMessage
      title="Thème introuvable"
      text="Aucun thème ne correspond à cette adresse. Il a peut-être été renommé."
    />
  )
}
