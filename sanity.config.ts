'use client'

/**
 * Studio configuration, mounted by Next at /studio (app/studio/[[...tool]]/page.tsx).
 * `'use client'` lets the server page pass this module to `NextStudio` as a client reference.
 */
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { commentModerationActions } from './sanity/actions/moderation'
import { apiVersion, dataset, studioProjectId } from './sanity/env'
import { schemaTypes, singletonTypes } from './sanity/schemaTypes'
import { structure } from './sanity/structure'

/** Actions kept on a singleton: it can be edited and published, never deleted or duplicated. */
const singletonActions = new Set(['publish', 'discardChanges', 'restore'])

/** Types never offered in the global « Créer » menu: singletons, and comments (readers write them). */
const notCreatableFromMenu = new Set([...singletonTypes, 'comment'])

export default defineConfig({
  name: 'default',
  title: 'Kiosque',
  basePath: '/studio',
  projectId: studioProjectId,
  dataset,
  plugins: [
    structureTool({ structure, title: 'Contenu' }),
    visionTool({ defaultApiVersion: apiVersion, title: 'Requêtes GROQ' }),
  ],
  schema: {
    types: schemaTypes,
    templates: (templates) => [
      ...templates,
      {
        id: 'article-by-kind',
        title: 'Article d’un genre donné',
        schemaType: 'article',
        parameters: [{ name: 'kind', title: 'Genre', type: 'string' }],
        value: (params: { kind?: string }) => ({ kind: params.kind }),
      },
    ],
  },
  document: {
    newDocumentOptions: (items, { creationContext }) =>
      creationContext.type === 'global'
        ? items.filter(
            (item) =>
              item.templateId !== 'article-by-kind' && !notCreatableFromMenu.has(item.templateId),
          )
        : items,
    actions: (actions, { schemaType }) => {
      if (schemaType === 'comment') return [...commentModerationActions, ...actions]
      return singletonTypes.has(schemaType)
        ? actions.filter(({ action }) => action !== undefined && singletonActions.has(action))
        : actions
    },
  },
})
