import { ActivityIcon } from '@sanity/icons/Activity'
import { defineField, defineType } from 'sanity'
import { labelOf, listOptions, moderationActions } from '../lists'

/** One step of a comment's audit trail. */
export const moderationEvent = defineType({
  name: 'moderationEvent',
  title: 'Événement de modération',
  type: 'object',
  icon: ActivityIcon,
  fields: [
    defineField({
      name: 'action',
      title: 'Action',
      type: 'string',
      options: { list: listOptions(moderationActions) },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'by',
      title: 'Par',
      type: 'string',
      description: 'Modérateur, « système » ou l’auteur du commentaire.',
    }),
    defineField({
      name: 'at',
      title: 'Date',
      type: 'datetime',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'note', title: 'Note', type: 'string' }),
  ],
  preview: {
    select: { action: 'action', by: 'by', at: 'at' },
    prepare: ({ action, by, at }) => ({
      title: labelOf(moderationActions, action),
      subtitle: [by, at ? new Date(at).toLocaleString('fr-FR') : undefined]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
