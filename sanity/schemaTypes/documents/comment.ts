import { CommentIcon } from '@sanity/icons/Comment'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { commentStatuses, labelOf, listOptions } from '../lists'

/**
 * A reader's comment. Readers write it through the site; in the Studio editors only moderate, so
 * every field but `status` is read-only. The e-mail is never projected by public queries.
 */
export const comment = defineType({
  name: 'comment',
  title: 'Commentaire',
  type: 'document',
  icon: CommentIcon,
  groups: [
    { name: 'moderation', title: 'Modération', default: true },
    { name: 'personal', title: 'Données personnelles' },
  ],
  fields: [
    defineField({
      name: 'status',
      title: 'Statut',
      type: 'string',
      group: 'moderation',
      options: { list: listOptions(commentStatuses), layout: 'radio', direction: 'horizontal' },
      initialValue: 'pending',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'article',
      title: 'Article',
      type: 'reference',
      group: 'moderation',
      to: [{ type: 'article' }],
      readOnly: true,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'parent',
      title: 'En réponse à',
      type: 'reference',
      group: 'moderation',
      to: [{ type: 'comment' }],
      // Weak: deleting a comment must not be blocked by its replies.
      weak: true,
      readOnly: true,
    }),
    defineField({
      name: 'authorName',
      title: 'Nom affiché',
      type: 'string',
      group: 'moderation',
      readOnly: true,
      validation: (rule) => rule.required().max(80),
    }),
    defineField({
      name: 'body',
      title: 'Commentaire',
      type: 'text',
      rows: 6,
      group: 'moderation',
      readOnly: true,
      validation: (rule) => rule.required().max(4000),
    }),
    defineField({
      name: 'anchor',
      title: 'Passage commenté',
      type: 'commentAnchor',
      group: 'moderation',
      description: 'Présent pour un commentaire en ligne, rattaché à un passage de l’article.',
      readOnly: true,
    }),
    defineField({
      name: 'votes',
      title: 'Votes',
      type: 'number',
      group: 'moderation',
      readOnly: true,
      initialValue: 0,
      validation: (rule) => rule.integer().min(0),
    }),
    defineField({
      name: 'createdAt',
      title: 'Date de dépôt',
      type: 'datetime',
      group: 'moderation',
      readOnly: true,
    }),
    defineField({
      name: 'moderation',
      title: 'Historique de modération',
      type: 'array',
      group: 'moderation',
      readOnly: true,
      of: [defineArrayMember({ type: 'moderationEvent' })],
    }),
    defineField({
      name: 'authorEmail',
      title: 'Adresse e-mail',
      type: 'email',
      group: 'personal',
      description: 'Jamais publiée ni transmise au site public.',
      readOnly: true,
      validation: (rule) => rule.required(),
    }),
  ],
  orderings: [
    {
      title: 'Date de dépôt, récents d’abord',
      name: 'createdAtDesc',
      by: [{ field: 'createdAt', direction: 'desc' }],
    },
  ],
  preview: {
    select: {
      authorName: 'authorName',
      status: 'status',
      headline: 'article.headline',
      body: 'body',
    },
    // Lists show title and subtitle only: the excerpt goes in the title so a moderator can
    // judge a comment without opening it.
    prepare: ({ authorName, status, headline, body }) => {
      const text = typeof body === 'string' ? body.replace(/\s+/g, ' ').trim() : ''
      const excerpt = text.length > 90 ? `${text.slice(0, 89)}…` : text
      return {
        title: `${authorName || 'Anonyme'} : « ${excerpt} »`,
        subtitle: [
          labelOf(commentStatuses, status) || 'sans statut',
          headline && `sur « ${headline} »`,
        ]
          .filter(Boolean)
          .join(' · '),
        description: text.length > 280 ? `${text.slice(0, 279)}…` : text,
      }
    },
  },
})
