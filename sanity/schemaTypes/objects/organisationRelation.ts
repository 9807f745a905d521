import { TransferIcon } from '@sanity/icons/Transfer'
import { defineField, defineType } from 'sanity'
import { labelOf, listOptions, organisationRelationKinds } from '../lists'
import { endNotBeforeStart } from './dateRange'

/** A directed relation to another organisation; queries compute the inverse side. */
export const organisationRelation = defineType({
  name: 'organisationRelation',
  title: 'Relation avec une organisation',
  type: 'object',
  icon: TransferIcon,
  fields: [
    defineField({
      name: 'kind',
      title: 'Nature de la relation',
      type: 'string',
      options: { list: listOptions(organisationRelationKinds) },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'target',
      title: 'Organisation liée',
      type: 'reference',
      to: [{ type: 'organisation' }],
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'start', title: 'Début', type: 'date' }),
    defineField({
      name: 'end',
      title: 'Fin',
      type: 'date',
      validation: (rule) => rule.custom(endNotBeforeStart),
    }),
  ],
  preview: {
    select: { kind: 'kind', target: 'target.name', media: 'target.logo' },
    prepare: ({ kind, target, media }) => ({
      title: `${labelOf(organisationRelationKinds, kind)} ${target ?? '…'}`,
      media,
    }),
  },
})
