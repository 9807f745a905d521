import { CogIcon } from '@sanity/icons/Cog'
import { defineArrayMember, defineField, defineType } from 'sanity'

/** Singleton (`_id: "siteSettings"`): masthead, navigation, defaults and comment rules. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Réglages du site',
  type: 'document',
  icon: CogIcon,
  groups: [
    { name: 'site', title: 'Site', default: true },
    { name: 'navigation', title: 'Navigation' },
    { name: 'comments', title: 'Commentaires' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Nom du site',
      type: 'string',
      group: 'site',
      initialValue: 'Kiosque',
      validation: (rule) => rule.required().max(60),
    }),
    defineField({
      name: 'tagline',
      title: 'Signature',
      type: 'string',
      group: 'site',
      description: 'Phrase affichée sous le nom du site, en tête de page.',
      validation: (rule) => rule.max(140),
    }),
    defineField({
      name: 'description',
      title: 'Description par défaut',
      type: 'text',
      rows: 3,
      group: 'site',
      description: 'Utilisée par les moteurs de recherche quand une page n’a pas la sienne.',
      validation: (rule) =>
        rule.max(160).warning('Au-delà de 160 caractères, le texte est tronqué.'),
    }),
    defineField({
      name: 'ogImage',
      title: 'Image de partage par défaut',
      type: 'accessibleImage',
      group: 'site',
    }),
    defineField({
      name: 'navigation',
      title: 'Menu principal',
      type: 'array',
      group: 'navigation',
      of: [defineArrayMember({ type: 'navItem' })],
      validation: (rule) => rule.max(10),
    }),
    defineField({
      name: 'commentsAutoApproveKnownAuthors',
      title: 'Approuver automatiquement les auteurs connus',
      type: 'boolean',
      group: 'comments',
      description:
        'Publie sans attente les commentaires d’une adresse e-mail ayant déjà un commentaire approuvé.',
      initialValue: false,
    }),
    defineField({
      name: 'commentsMaxDepth',
      title: 'Profondeur maximale des réponses',
      type: 'number',
      group: 'comments',
      description: 'De 1 (pas de réponse à une réponse) à 6.',
      initialValue: 3,
      validation: (rule) => rule.integer().min(1).max(6),
    }),
    defineField({
      name: 'commentsPageSize',
      title: 'Commentaires affichés d’emblée',
      type: 'number',
      group: 'comments',
      description: 'Nombre de fils affichés avant « Afficher tous les commentaires ».',
      initialValue: 10,
      validation: (rule) => rule.integer().min(1).max(100),
    }),
  ],
  preview: {
    prepare: () => ({ title: 'Réglages du site' }),
  },
})
