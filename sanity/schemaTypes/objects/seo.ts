import { SearchIcon } from '@sanity/icons/Search'
import { defineField, defineType } from 'sanity'

/** Overrides for search engines and social networks; empty fields fall back to the content. */
export const seo = defineType({
  name: 'seo',
  title: 'Référencement',
  type: 'object',
  icon: SearchIcon,
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'title',
      title: 'Titre pour les moteurs de recherche',
      type: 'string',
      description: 'Remplace le titre de la page ; 70 caractères au plus.',
      validation: (rule) => rule.max(70),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: 'Résumé affiché dans les résultats de recherche ; 160 caractères au plus.',
      validation: (rule) => rule.max(160),
    }),
    defineField({
      name: 'image',
      title: 'Image de partage',
      type: 'accessibleImage',
      description: 'Image affichée lors d’un partage sur les réseaux sociaux.',
    }),
    defineField({
      name: 'noIndex',
      title: 'Ne pas indexer',
      type: 'boolean',
      description: 'Demande aux moteurs de recherche de ne pas référencer cette page.',
      initialValue: false,
    }),
  ],
})
