import { MenuIcon } from '@sanity/icons/Menu'
import { defineField, defineType } from 'sanity'

/** Accepts a site path (« /rubriques/nomination-du-mois ») or an absolute http(s) address. */
const hrefPattern = /^(\/(?!\/)\S*|https?:\/\/\S+)$/

/** An entry of the site navigation. */
export const navItem = defineType({
  name: 'navItem',
  title: 'Entrée de menu',
  type: 'object',
  icon: MenuIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Libellé',
      type: 'string',
      validation: (rule) => rule.required().max(40),
    }),
    defineField({
      name: 'href',
      title: 'Destination',
      type: 'string',
      description: 'Chemin du site commençant par « / » ou adresse complète https://…',
      validation: (rule) =>
        rule
          .required()
          .regex(hrefPattern, { name: 'chemin ou adresse' })
          .error('Indiquez un chemin commençant par « / » ou une adresse http(s).'),
    }),
  ],
  preview: { select: { title: 'label', subtitle: 'href' } },
})
