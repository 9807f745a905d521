import { CaseIcon } from '@sanity/icons/Case'
import { defineField, defineType } from 'sanity'
import { endNotBeforeStart } from './dateRange'

/** A position held in an organisation; no end date means it is current. */
export const role = defineType({
  name: 'role',
  title: 'Fonction',
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
    defineField({
      name: 'title',
      title: 'Intitulé',
      type: 'string',
      description: 'Par exemple « présidente » ou « directeur général ».',
      validation: (rule) => rule.required().max(120),
    }),
    defineField({ name: 'start', title: 'Début', type: 'date' }),
    defineField({
      name: 'end',
      title: 'Fin',
      type: 'date',
      description: 'Laisser vide pour une fonction en cours.',
      validation: (rule) => rule.custom(endNotBeforeStart),
    }),
  ],
  preview: {
    select: { title: 'title', organisation: 'organisation.name', start: 'start', end: 'end' },
    prepare: ({ title, organisation, start, end }) => ({
      title: [title, organisation].filter(Boolean).join(', '),
      subtitle: start ? `${start.slice(0, 4)} – ${end ? end.slice(0, 4) : 'en cours'}` : undefined,
    }),
  },
})
