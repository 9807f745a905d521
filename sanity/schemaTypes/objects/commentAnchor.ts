import { PinIcon } from '@sanity/icons/Pin'
import { defineField, defineType } from 'sanity'

/** The passage of the article an inline comment (« Commentaires en ligne ») is attached to. */
export const commentAnchor = defineType({
  name: 'commentAnchor',
  title: 'Passage commenté',
  type: 'object',
  icon: PinIcon,
  fields: [
    defineField({
      name: 'blockKey',
      title: 'Clé du bloc',
      type: 'string',
      description: 'Le `_key` du bloc de l’article auquel le commentaire se rattache.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'quote',
      title: 'Extrait cité',
      type: 'string',
      validation: (rule) => rule.max(500),
    }),
  ],
  preview: { select: { title: 'quote', subtitle: 'blockKey' } },
})
