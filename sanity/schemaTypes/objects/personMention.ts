import { UserIcon } from '@sanity/icons/User'
import { defineField, defineType } from 'sanity'

/** Portable Text annotation linking a passage to a person's page. */
export const personMention = defineType({
  name: 'personMention',
  title: 'Mention d’une personnalité',
  type: 'object',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'person',
      title: 'Personnalité',
      type: 'reference',
      to: [{ type: 'person' }],
      validation: (rule) => rule.required(),
    }),
  ],
  preview: { select: { title: 'person.name', media: 'person.portrait' } },
})
