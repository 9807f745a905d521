import { LaunchIcon } from '@sanity/icons/Launch'
import { defineField, defineType } from 'sanity'

/** A link to a page outside the site (professional profile, official website…). */
export const externalLink = defineType({
  name: 'externalLink',
  title: 'Lien externe',
  type: 'object',
  icon: LaunchIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Libellé',
      type: 'string',
      validation: (rule) => rule.required().max(80),
    }),
    defineField({
      name: 'url',
      title: 'Adresse',
      type: 'url',
      validation: (rule) => rule.required().uri({ scheme: ['http', 'https'] }),
    }),
  ],
  preview: { select: { title: 'label', subtitle: 'url' } },
})
