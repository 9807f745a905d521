'use client'

/**
 * Studio configuration, mounted by Next at /studio (app/studio/[[...tool]]/page.tsx).
 * `'use client'` lets the server page pass this module to `NextStudio` as a client reference.
 * One configuration, two back ends: the hosted Content Lake when a Sanity project is set, the
 * embedded lake's local API (`npm run lake:api`) otherwise.
 */
import { createClient } from '@sanity/client'
import { frFRLocale } from '@sanity/locale-fr-fr'
import { visionTool } from '@sanity/vision'
import { defineConfig, type DocumentActionComponent, type WorkspaceOptions } from 'sanity'
import { structureTool } from 'sanity/structure'
import { commentModerationActions } from './sanity/actions/moderation'
import { publishOnFirstClick } from './sanity/actions/publish'
import {
  apiVersion,
  dataset,
  defaultLakeApiUrl,
  isSanityConfigured,
  lakeApiProjectId,
  studioProjectId,
} from './sanity/env'
import { frenchBundles } from './sanity/i18n/fr'
import { presentation } from './sanity/presentation'
import { schemaTypes, singletonTypes } from './sanity/schemaTypes'
import { structure } from './sanity/structure'

/** Actions kept on a singleton: it can be edited and published, never deleted or duplicated. */
const singletonActions = new Set(['publish', 'discardChanges', 'restore'])

/** Types never offered in the global « Créer » menu: singletons, and comments (readers write them). */
const notCreatableFromMenu = new Set([...singletonTypes, 'comment'])

/** One wrapper per built-in action, so that React keeps the action's state across renders. */
const reliablePublish = new WeakMap<DocumentActionComponent, DocumentActionComponent>()
function withReliablePublish(action: DocumentActionComponent): DocumentActionComponent {
  if (action.action !== 'publish') return action
  let wrapped = reliablePublish.get(action)
  if (!wrapped) reliablePublish.set(action, (wrapped = publishOnFirstClick(action)))
  return wrapped
}

type ClientFactory = NonNullable<WorkspaceOptions['unstable_clientFactory']>

/**
 * The workspace options that point the Studio at the embedded lake's API and switch off what
 * only Sanity's cloud provides, so that no request leaves the machine.
 */
function embeddedOptions(lakeApiUrl: string) {
  // The Studio builds its clients from this factory: without `useProjectHostname: false` the
  // client would prefix the host with the project id (`kiosque-local.127.0.0.1`). sanity 6.9
  // types its clients with its own @sanity/client 7; the app's version 8 has the same runtime
  // API for everything the Studio calls, hence the conversion.
  const clientFactory = ((options: Parameters<ClientFactory>[0]) =>
    createClient({
      ...options,
      apiHost: lakeApiUrl,
      useProjectHostname: false,
      // The local editor has no token: with credentials instead (the API allows them from the
      // Studio's origin), the Presentation tool may open its drafts live-events stream.
      withCredentials: options.withCredentials ?? !options.token,
    })) as unknown as ClientFactory
  return {
    projectId: lakeApiProjectId,
    apiHost: lakeApiUrl,
    // No cookie: the API's sign-in (its login form, or the one-time link `npm start` prints)
    // ends on the Studio with `#sid=`, which the Studio trades for a token kept in localStorage.
    auth: { loginMethod: 'token' as const, apiHost: lakeApiUrl, redirectOnSingle: true },
    unstable_clientFactory: clientFactory,
    // groq-js has no `text::query`: search with client-side tokenization instead.
    search: { strategy: 'groqLegacy' as const },
    releases: { enabled: false },
    scheduledPublishing: { enabled: false },
    scheduledDrafts: { enabled: false },
    tasks: { enabled: false },
    announcements: { enabled: false },
    mediaLibrary: { enabled: false },
    apps: { canvas: { enabled: false } },
  }
}

/**
 * The Studio configuration; `lakeApiUrl` is where the embedded lake's API listens (read at
 * request time by the /studio page, so one build serves any port). Ignored in Sanity mode.
 */
export function studioConfig(lakeApiUrl: string = defaultLakeApiUrl) {
  const embedded = !isSanityConfigured
  return defineConfig({
    name: 'default',
    title: 'Kiosque',
    basePath: '/studio',
    projectId: studioProjectId,
    dataset,
    ...(embedded ? embeddedOptions(lakeApiUrl) : {}),
    plugins: [
      // The Studio speaks French: the locale (last declared, hence the default) and our bundles
      // for what it lacks (sanity/i18n/fr.ts).
      frFRLocale(),
      structureTool({ structure, title: 'Contenu' }),
      presentation(),
      visionTool({ defaultApiVersion: apiVersion, title: 'Requêtes GROQ' }),
    ],
    i18n: { bundles: frenchBundles },
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
      // Comments on fields are a Content Lake service.
      comments: { enabled: !embedded },
      newDocumentOptions: (items, { creationContext }) =>
        creationContext.type === 'global'
          ? items.filter(
              (item) =>
                item.templateId !== 'article-by-kind' && !notCreatableFromMenu.has(item.templateId),
            )
          : items,
      actions: (defaults, { schemaType }) => {
        const actions = defaults.map(withReliablePublish)
        if (schemaType === 'comment') return [...commentModerationActions, ...actions]
        return singletonTypes.has(schemaType)
          ? actions.filter(({ action }) => action !== undefined && singletonActions.has(action))
          : actions
      },
    },
  })
}

export default studioConfig()
