import { TagIcon } from '@sanity/icons/Tag'
import { defineField, defineType } from 'sanity'

/** A theme (« thème ») grouping articles across series. */
export const tag = defineType({
  name: 'tag',
  title: 'Thème',
  type: 'document',
  icon: TagIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Titre',
      type: 'string',
      validation: (rule) => rule.required().max(80),
    }),
    defineField({
      name: 'slug',
      title: 'Identifiant d’URL',
      type: 'slug',
      description: 'Dernière partie de l’adresse : /themes/<identifiant>.',
      options: { source: 'title', maxLength: 96 },
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'description', title: 'Description', type: 'text', rows: 3 }),
  ],
  preview: { select: { title: 'title', subtitle: 'description' } },
})
