import { TimelineIcon } from '@sanity/icons/Timeline'
import { defineField, defineType } from 'sanity'
import { FRENCH_MONTHS } from '../../../lib/dates'

/** One dated step of a career, rendered in the « Biographie » box. */
export const careerEntry = defineType({
  name: 'careerEntry',
  title: 'Étape de carrière',
  type: 'object',
  icon: TimelineIcon,
  fieldsets: [{ name: 'date', title: 'Date', options: { columns: 2 } }],
  fields: [
    defineField({
      name: 'year',
      title: 'Année',
      type: 'number',
      fieldset: 'date',
      validation: (rule) => rule.required().integer().min(1900).max(2100),
    }),
    defineField({
      name: 'month',
      title: 'Mois',
      type: 'number',
      fieldset: 'date',
      description: 'Facultatif, de 1 (janvier) à 12 (décembre).',
      validation: (rule) => rule.integer().min(1).max(12),
    }),
    defineField({
      name: 'text',
      title: 'Texte',
      type: 'string',
      description: 'Par exemple « Cofonde une PME spécialisée dans le logiciel libre ».',
      validation: (rule) => rule.required().max(300),
    }),
    defineField({
      name: 'organisation',
      title: 'Organisation liée',
      type: 'reference',
      to: [{ type: 'organisation' }],
    }),
  ],
  preview: {
    select: { year: 'year', month: 'month', text: 'text', organisation: 'organisation.name' },
    prepare: ({ year, month, text, organisation }) => ({
      title: text,
      subtitle: [month ? `${FRENCH_MONTHS[month - 1] ?? ''} ${year}` : year, organisation]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
