import { LinkIcon } from '@sanity/icons/Link'
import { defineField, defineType } from 'sanity'

/** Portable Text annotation: a link to a site path (`/articles/…`) or an external address. */
export const link = defineType({
  name: 'link',
  title: 'Lien',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'href',
      title: 'Adresse',
      type: 'url',
      description: 'Chemin du site (« /organisations/numeria ») ou adresse complète (https://…).',
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: ['http', 'https', 'mailto', 'tel'], allowRelative: true })
          .error('Indiquez un chemin commençant par « / » ou une adresse http(s), mailto ou tel.'),
    }),
  ],
  preview: { select: { title: 'href' } },
})
