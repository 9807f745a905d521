import { NotFoundMessage } from '@/components/site/NotFoundMessage'

export default function SeriesNotFound() {
  return (
    <NotFoundMessage
      title="Rubrique introuvable"
      text="Aucune rubrique ne correspond à cette adresse. Elle a peut-être été renommée."
    />
  )
}
