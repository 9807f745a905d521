import { ImageIcon } from '@sanity/icons/Image'
import { defineField, defineType } from 'sanity'
import { altField } from './accessibleImage'

/** Fields of an article image: shared by `heroImage` and the body's `bodyImage`. */
export const captionedImageFields = [
  altField,
  defineField({
    name: 'caption',
    title: 'Légende',
    type: 'string',
    description: 'Affichée sous l’image (souvent le nom de la personne photographiée).',
    validation: (rule) => rule.max(200),
  }),
  defineField({
    name: 'credit',
    title: 'Crédit',
    type: 'string',
    description: 'Auteur ou ayant droit, distinct de la légende (« © DR » pour droits réservés).',
    validation: (rule) => rule.max(100),
  }),
]

export const heroImage = defineType({
  name: 'heroImage',
  title: 'Image principale',
  type: 'image',
  icon: ImageIcon,
  options: { hotspot: true },
  fields: captionedImageFields,
  preview: {
    select: { alt: 'alt', caption: 'caption', credit: 'credit', media: 'asset' },
    prepare: ({ alt, caption, credit, media }) => ({
      title: caption || alt || 'Image principale',
      subtitle: credit,
      media,
    }),
  },
})
