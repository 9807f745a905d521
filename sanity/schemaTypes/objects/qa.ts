import { HelpCircleIcon } from '@sanity/icons/HelpCircle'
import { defineField, defineType } from 'sanity'

/**
 * One question and its answer. The speaker is a reference, never typed: the label « Prénom Nom : »
 * then « P. N. : » is generated when the article is rendered.
 */
export const qa = defineType({
  name: 'qa',
  title: 'Question-réponse',
  type: 'object',
  icon: HelpCircleIcon,
  fields: [
    defineField({
      name: 'question',
      title: 'Question',
      type: 'string',
      validation: (rule) => rule.required().max(300),
    }),
    defineField({
      name: 'speaker',
      title: 'Personne qui répond',
      type: 'reference',
      to: [{ type: 'person' }],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'answer',
      title: 'Réponse',
      type: 'simpleBlockContent',
      validation: (rule) => rule.required().min(1),
    }),
  ],
  preview: {
    select: { question: 'question', speakerName: 'speaker.name', media: 'speaker.portrait' },
    prepare: ({ question, speakerName, media }) => ({
      title: question || 'Question sans texte',
      subtitle: speakerName ? `Réponse de ${speakerName}` : 'Personne qui répond non choisie',
      media,
    }),
  },
})
