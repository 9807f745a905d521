import { BarChartIcon } from '@sanity/icons/BarChart'
import { defineField, defineType } from 'sanity'

/** A key figure of an organisation, e.g. « 2 500 entreprises adhérentes ». */
export const figure = defineType({
  name: 'figure',
  title: 'Chiffre clé',
  type: 'object',
  icon: BarChartIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Libellé',
      type: 'string',
      description: 'Ce qui est compté : « entreprises adhérentes », « délégations régionales ».',
      validation: (rule) => rule.required().max(120),
    }),
    defineField({
      name: 'value',
      title: 'Valeur',
      type: 'number',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'unit',
      title: 'Unité',
      type: 'string',
      description: 'Facultatif : « % », « M€ »…',
      validation: (rule) => rule.max(20),
    }),
    defineField({ name: 'asOf', title: 'Date de référence', type: 'date' }),
  ],
  preview: {
    select: { label: 'label', value: 'value', unit: 'unit', asOf: 'asOf' },
    prepare: ({ label, value, unit, asOf }) => ({
      title: [typeof value === 'number' ? value.toLocaleString('fr-FR') : value, unit, label]
        .filter((part) => part !== undefined && part !== '')
        .join(' '),
      subtitle: asOf ? `au ${asOf}` : undefined,
    }),
  },
})
