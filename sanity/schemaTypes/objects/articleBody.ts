import { BlockContentIcon } from '@sanity/icons/BlockContent'
import { defineArrayMember, defineType } from 'sanity'
import { mentionAnnotations } from './simpleBlockContent'

/** The article body: headed prose, Q&A blocks whose speaker is a person, and images. */
export const articleBody = defineType({
  name: 'articleBody',
  title: 'Corps de l’article',
  type: 'array',
  icon: BlockContentIcon,
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Paragraphe', value: 'normal' },
        { title: 'Intertitre', value: 'h2' },
        { title: 'Sous-intertitre', value: 'h3' },
        { title: 'Citation', value: 'blockquote' },
      ],
      lists: [
        { title: 'Liste à puces', value: 'bullet' },
        { title: 'Liste numérotée', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Gras', value: 'strong' },
          { title: 'Italique', value: 'em' },
        ],
        annotations: mentionAnnotations,
      },
    }),
    defineArrayMember({ type: 'qa' }),
    defineArrayMember({ type: 'bodyImage' }),
  ],
})
