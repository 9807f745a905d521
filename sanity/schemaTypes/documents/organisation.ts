import { CaseIcon } from '@sanity/icons/Case'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { labelOf, listOptions, organisationKinds } from '../lists'

export const organisation = defineType({
  name: 'organisation',
  title: 'Organisation',
  type: 'document',
  icon: CaseIcon,
  groups: [
    { name: 'identity', title: 'Identité', default: true },
    { name: 'details', title: 'Chiffres et relations' },
  ],
  fields: [
    defineField({
      name: 'name',
      title: 'Nom',
      type: 'string',
      group: 'identity',
      validation: (rule) => rule.required().max(160),
    }),
    defineField({
      name: 'shortName',
      title: 'Sigle',
      type: 'string',
      group: 'identity',
      validation: (rule) => rule.max(30),
    }),
    defineField({
      name: 'slug',
      title: 'Identifiant d’URL',
      type: 'slug',
      group: 'identity',
      description: 'Dernière partie de l’adresse : /organisations/<identifiant>.',
      options: { source: 'name', maxLength: 96 },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'kind',
      title: 'Type d’organisation',
      type: 'string',
      group: 'identity',
      options: { list: listOptions(organisationKinds) },
    }),
    defineField({
      name: 'description',
      title: 'Présentation',
      type: 'simpleBlockContent',
      group: 'identity',
    }),
    defineField({ name: 'logo', title: 'Logo', type: 'accessibleImage', group: 'identity' }),
    defineField({
      name: 'website',
      title: 'Site web',
      type: 'url',
      group: 'identity',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }),
    }),
    defineField({ name: 'city', title: 'Ville', type: 'string', group: 'identity' }),
    defineField({
      name: 'founded',
      title: 'Année de création',
      type: 'number',
      group: 'details',
      validation: (rule) => rule.integer().min(1000).max(2100),
    }),
    defineField({
      name: 'figures',
      title: 'Chiffres clés',
      type: 'array',
      group: 'details',
      of: [defineArrayMember({ type: 'figure' })],
    }),
    defineField({
      name: 'relations',
      title: 'Relations',
      type: 'array',
      group: 'details',
      description:
        'Liens vers d’autres organisations (« membre de », « rattachée à »…). Les relations inverses sont calculées automatiquement.',
      of: [defineArrayMember({ type: 'organisationRelation' })],
    }),
  ],
  orderings: [{ title: 'Nom', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { name: 'name', shortName: 'shortName', kind: 'kind', media: 'logo' },
    prepare: ({ name, shortName, kind, media }) => ({
      title: shortName && shortName !== name ? `${name} (${shortName})` : name,
      subtitle: kind ? labelOf(organisationKinds, kind) : undefined,
      media,
    }),
  },
})
