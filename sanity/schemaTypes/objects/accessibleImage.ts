import { ImageIcon } from '@sanity/icons/Image'
import { defineField, defineType } from 'sanity'

/**
 * The alt text field shared by every image type. It is only required once an asset is set, so an
 * optional image can stay empty; the rule reads the sibling `asset` through `context.parent`.
 */
export const altField = defineField({
  name: 'alt',
  title: 'Texte alternatif',
  type: 'string',
  description:
    'Décrit l’image pour les lecteurs d’écran et les moteurs de recherche (« Portrait de Véronique Dupuis »).',
  validation: (rule) => [
    rule.custom((alt, context) => {
      const parent = context.parent as { asset?: unknown } | undefined
      if (!parent?.asset) return true
      return typeof alt === 'string' && alt.trim().length > 0
        ? true
        : 'Le texte alternatif est obligatoire dès qu’une image est choisie.'
    }),
    rule.max(200).warning('Un texte alternatif court (moins de 200 caractères) est plus lisible.'),
  ],
})

export const accessibleImage = defineType({
  name: 'accessibleImage',
  title: 'Image accessible',
  type: 'image',
  icon: ImageIcon,
  options: { hotspot: true },
  fields: [altField],
  preview: {
    select: { title: 'alt', media: 'asset' },
    prepare: ({ title, media }) => ({ title: title || 'Image sans texte alternatif', media }),
  },
})
