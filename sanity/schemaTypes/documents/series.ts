import { StackIcon } from '@sanity/icons/Stack'
import { defineField, defineType } from 'sanity'
import { labelOf, listOptions, seriesCadences } from '../lists'

/** A recurring editorial series (« rubrique »), such as « Nomination du mois ». */
export const series = defineType({
  name: 'series',
  title: 'Rubrique',
  type: 'document',
  icon: StackIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Titre',
      type: 'string',
      validation: (rule) => rule.required().max(100),
    }),
    defineField({
      name: 'slug',
      title: 'Identifiant d’URL',
      type: 'slug',
      description: 'Dernière partie de l’adresse : /rubriques/<identifiant>.',
      options: { source: 'title', maxLength: 96 },
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'description', title: 'Présentation', type: 'text', rows: 4 }),
    defineField({
      name: 'cadence',
      title: 'Périodicité',
      type: 'string',
      options: { list: listOptions(seriesCadences), layout: 'radio', direction: 'horizontal' },
    }),
    defineField({ name: 'image', title: 'Image', type: 'accessibleImage' }),
  ],
  preview: {
    select: { title: 'title', cadence: 'cadence', media: 'image' },
    prepare: ({ title, cadence, media }) => ({
      title,
      subtitle: cadence
        ? `Périodicité ${labelOf(seriesCadences, cadence).toLowerCase()}`
        : undefined,
      media,
    }),
  },
})
