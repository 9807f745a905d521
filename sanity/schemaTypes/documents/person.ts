import { UserIcon } from '@sanity/icons/User'
import { defineArrayMember, defineField, defineType } from 'sanity'

export const person = defineType({
  name: 'person',
  title: 'Personnalité',
  type: 'document',
  icon: UserIcon,
  groups: [
    { name: 'identity', title: 'Identité', default: true },
    { name: 'career', title: 'Parcours' },
    { name: 'links', title: 'Liens' },
  ],
  fieldsets: [{ name: 'names', title: 'Prénom et nom', options: { columns: 2 } }],
  fields: [
    defineField({
      name: 'name',
      title: 'Nom complet',
      type: 'string',
      group: 'identity',
      description: 'Tel qu’affiché : « Véronique Dupuis ».',
      validation: (rule) => rule.required().max(120),
    }),
    defineField({
      name: 'givenName',
      title: 'Prénom',
      type: 'string',
      group: 'identity',
      fieldset: 'names',
      validation: (rule) => rule.required().max(60),
    }),
    defineField({
      name: 'familyName',
      title: 'Nom de famille',
      type: 'string',
      group: 'identity',
      fieldset: 'names',
      validation: (rule) => rule.required().max(60),
    }),
    defineField({
      name: 'initials',
      title: 'Initiales',
      type: 'string',
      group: 'identity',
      description:
        'Facultatif. Par défaut, les initiales sont déduites du prénom et du nom (« V. D. », « J.-P. M. » pour un prénom composé) et précèdent les réponses suivantes dans un entretien. Ne remplir que pour les remplacer, par exemple pour une particule.',
      validation: (rule) => rule.max(16),
    }),
    defineField({
      name: 'slug',
      title: 'Identifiant d’URL',
      type: 'slug',
      group: 'identity',
      description: 'Dernière partie de l’adresse : /personnalites/<identifiant>.',
      options: { source: 'name', maxLength: 96 },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'jobTitle',
      title: 'Fonction actuelle (courte)',
      type: 'string',
      group: 'identity',
      description: 'Affichée sur les cartes : « présidente de Numéria ».',
      validation: (rule) => rule.max(120),
    }),
    defineField({
      name: 'portrait',
      title: 'Portrait',
      type: 'accessibleImage',
      group: 'identity',
    }),
    defineField({
      name: 'isJournalist',
      title: 'Membre de la rédaction',
      type: 'boolean',
      group: 'identity',
      description: 'Cocher pour pouvoir choisir cette personne comme auteur d’un article.',
      initialValue: false,
    }),
    defineField({
      name: 'roles',
      title: 'Fonctions',
      type: 'array',
      group: 'career',
      description:
        'Fonctions occupées dans des organisations ; sans date de fin, elles sont en cours.',
      of: [defineArrayMember({ type: 'role' })],
    }),
    defineField({
      name: 'biography',
      title: 'Biographie',
      type: 'simpleBlockContent',
      group: 'career',
    }),
    defineField({
      name: 'career',
      title: 'Parcours daté',
      type: 'array',
      group: 'career',
      description:
        'Étapes affichées dans l’encadré « Biographie », de la plus ancienne à la plus récente.',
      of: [defineArrayMember({ type: 'careerEntry' })],
    }),
    defineField({
      name: 'links',
      title: 'Liens',
      type: 'array',
      group: 'links',
      of: [defineArrayMember({ type: 'externalLink' })],
    }),
  ],
  orderings: [
    {
      title: 'Nom de famille',
      name: 'familyNameAsc',
      by: [{ field: 'familyName', direction: 'asc' }],
    },
  ],
  preview: {
    select: { title: 'name', subtitle: 'jobTitle', media: 'portrait' },
  },
})
