import { BlockContentIcon } from '@sanity/icons/BlockContent'
import { defineArrayMember, defineType } from 'sanity'

/** Annotations allowed in every rich text of the site (see docs/content-model.md). */
export const mentionAnnotations = [
  defineArrayMember({ type: 'link' }),
  defineArrayMember({ type: 'personMention' }),
  defineArrayMember({ type: 'organisationMention' }),
]

/** Paragraphs and bullet lists only: biographies, organisation descriptions, Q&A answers. */
export const simpleBlockContent = defineType({
  name: 'simpleBlockContent',
  title: 'Texte enrichi simple',
  type: 'array',
  icon: BlockContentIcon,
  of: [
    defineArrayMember({
      type: 'block',
      styles: [{ title: 'Paragraphe', value: 'normal' }],
      lists: [{ title: 'Liste à puces', value: 'bullet' }],
      marks: {
        decorators: [
          { title: 'Gras', value: 'strong' },
          { title: 'Italique', value: 'em' },
        ],
        annotations: mentionAnnotations,
      },
    }),
  ],
})
