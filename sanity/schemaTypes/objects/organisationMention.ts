import { CaseIcon } from '@sanity/icons/Case'
import { defineField, defineType } from 'sanity'

/** Portable Text annotation linking a passage to an organisation's page. */
export const organisationMention = defineType({
  name: 'organisationMention',
  title: 'Mention d’une organisation',
  type: 'object',
  icon: CaseIcon,
  fields: [
    defineField({
      name: 'organisation',
      title: 'Organisation',
      type: 'reference',
      to: [{ type: 'organisation' }],
      validation: (rule) => rule.required(),
    }),
  ],
  preview: { select: { title: 'organisation.name', media: 'organisation.logo' } },
})
