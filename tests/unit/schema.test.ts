import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createClient } from '@sanity/client'
import { evaluate, parse } from 'groq-js'
import { createSchema, createWorkspaceFromConfig, type SanityClient, type Schema } from 'sanity'
import { createStructureBuilder } from 'sanity/structure'
import { describe, expect, it } from 'vitest'
import config from '@/sanity.config'
import { apiVersion } from '@/sanity/env'
import { schemaTypes, singletonTypes } from '@/sanity/schemaTypes'
import { articleKinds, commentStatuses } from '@/sanity/schemaTypes/lists'
import { structure } from '@/sanity/structure'
import { article } from '@/sanity/schemaTypes/documents/article'

type ProblemGroup = NonNullable<Schema['_validation']>[number]

/** Compiles types the way the Studio does and returns its schema problems as readable lines. */
function compile(types: unknown[]) {
  const schema = createSchema({ name: 'test', types })
  const lines = (severity: 'error' | 'warning') =>
    (schema._validation ?? []).flatMap((group: ProblemGroup) =>
      group.problems
        .filter((problem) => problem.severity === severity)
        .map((problem) => `${formatPath(group.path)}: ${problem.message}`),
    )
  return { schema, errors: lines('error'), warnings: lines('warning') }
}

function formatPath(path: ProblemGroup['path']) {
  return path
    .map((segment) =>
      segment.kind === 'type' ? `${segment.name || '<anonyme>'}<${segment.type}>` : segment.name,
    )
    .join(' › ')
}

describe('schéma Sanity', () => {
  const { schema, errors, warnings } = compile(schemaTypes)

  it('compile sans erreur', () => {
    if (warnings.length > 0) console.warn(`Avertissements du schéma :\n${warnings.join('\n')}`)
    expect(errors).toEqual([])
  })

  it('déclare les types du modèle de contenu', () => {
    const documents = ['article', 'person', 'organisation', 'series', 'tag', 'comment']
    for (const name of [...documents, 'siteSettings']) {
      expect(schema.get(name)?.jsonType, name).toBe('object')
    }
    expect([...singletonTypes]).toEqual(['siteSettings'])
  })

  it('donne un titre français et une icône à chaque type', () => {
    const missing = schemaTypes
      .filter((type) => !type.title || !('icon' in type && type.icon))
      .map((type) => type.name)
    expect(missing).toEqual([])
  })

  it('signale un champ qui référence un type inconnu', () => {
    const broken = {
      ...article,
      fields: [...article.fields, { name: 'oops', title: 'Oups', type: 'typeQuiNExistePas' }],
    }
    const others = schemaTypes.filter((type) => type.name !== 'article')
    expect(compile([...others, broken]).errors.join('\n')).toMatch(/typeQuiNExistePas/)
  })

  it('signale un type déclaré deux fois', () => {
    const duplicated = [
      ...schemaTypes,
      { name: 'tag', title: 'Doublon', type: 'object', fields: [] },
    ]
    expect(compile(duplicated).errors.length).toBeGreaterThan(0)
  })
})

const demoFile = fileURLToPath(new URL('../../content/demo/data.ndjson', import.meta.url))

/** A workspace resolved from sanity.config.ts the way the Studio does; no request is sent. */
async function studioWorkspace() {
  const client = createClient({
    projectId: 'kiosque',
    dataset: 'production',
    apiVersion,
    useCdn: false,
  })
  const currentUser = {
    id: 'test',
    name: 'Test',
    email: 'test@example.com',
    role: 'administrator',
    roles: [],
  }
  // sanity 6.9 types its client with its own @sanity/client 7; the app installs version 8, whose
  // runtime API is the same for what the Studio does here (configure, never request).
  const getClient = () => client as unknown as SanityClient
  return createWorkspaceFromConfig({ ...config, currentUser, getClient })
}

/** Resolves a structure pane: builders are serialized, children given as functions are called. */
async function pane(node: unknown, id: string): Promise<Record<string, unknown>> {
  const resolved = typeof node === 'function' ? await node(id, {}) : node
  const isBuilder = typeof resolved?.serialize === 'function'
  return isBuilder ? resolved.serialize() : resolved
}

describe('configuration du Studio', async () => {
  const workspace = await studioWorkspace()
  const source = workspace.unstable_sources[0]
  if (!source) throw new Error('Aucune source dans la configuration du Studio')
  const S = createStructureBuilder({ source, perspectiveStack: [] })
  const dataset = readFileSync(demoFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
  // The comment counts in the structure are fetched through the context's client: answer them
  // with groq-js over the demo data, as the Content Lake would to a user who may read comments
  // (the documents endpoint omits an unknown comment id for `existence`, not `permission`).
  const groqClient = {
    config: () => ({ dataset: 'production' }),
    request: async ({ url }: { url: string }) => ({
      documents: [],
      omitted: [{ id: url.split('/').pop(), reason: 'existence' }],
    }),
    fetch: async (query: string, params: Record<string, unknown> = {}) =>
      (await evaluate(parse(query, { params }), { dataset, params })).get(),
  }
  const context = { getClient: () => groqClient } as never
  const root = await pane(structure(S, context), 'root')
  const items = root.items as Array<Record<string, unknown>>

  it('n’offre ni les réglages ni les commentaires dans le menu « Créer »', () => {
    const global = workspace.document.resolveNewDocumentOptions({ type: 'global' })
    expect(global.map((item) => item.templateId).sort()).toEqual([
      'article',
      'organisation',
      'person',
      'series',
      'tag',
    ])
  })

  it('interdit de supprimer ou dupliquer le singleton siteSettings', () => {
    const context = { schemaType: 'siteSettings', documentId: 'siteSettings' } as never
    const actions = workspace.document.actions(context).map((action) => action.action)
    expect(actions).toContain('publish')
    for (const forbidden of ['delete', 'duplicate', 'unpublish'])
      expect(actions).not.toContain(forbidden)
    const articleActions = workspace.document.actions({
      schemaType: 'article',
      documentId: 'a',
    } as never)
    expect(articleActions.map((action) => action.action)).toContain('delete')
  })

  it('présente les rubriques dans l’ordre éditorial', () => {
    expect(items.filter((item) => item.type !== 'divider').map((item) => item.title)).toEqual([
      'Rubriques',
      'Articles',
      'Personnalités',
      'Organisations',
      'Thèmes',
      'Commentaires',
      'Réglages du site',
    ])
    const settings = items.find((item) => item.id === 'siteSettings')
    expect(settings?.child).toMatchObject({ options: { id: 'siteSettings', type: 'siteSettings' } })
  })

  it.each([
    ['articles', 'kind', articleKinds],
    ['comments', 'status', commentStatuses],
  ] as const)(
    'filtre « %s » par %s, vérifié sur les données de démonstration',
    async (id, field, list) => {
      const parent = await pane(items.find((item) => item.id === id)?.child, id)
      const panes = parent.items as Array<Record<string, unknown>>
      for (const { plural, value } of list) {
        const entry = panes.find((item) => item.id === `${id}-${value}`)
        const documentList = await pane(entry?.child, `${id}-${value}`)
        const { filter, params } = documentList.options as {
          filter: string
          params: Record<string, string>
        }
        const matched = await (
          await evaluate(parse(`*[${filter}]`, { params }), { dataset, params })
        ).get()
        expect(matched.length, `${plural} : aucun document dans la démo`).toBeGreaterThan(0)
        expect(matched.every((doc: Record<string, unknown>) => doc[field] === value)).toBe(true)
        // Comment lists show their count, e.g. « En attente (6) ».
        expect(entry?.title).toBe(id === 'comments' ? `${plural} (${matched.length})` : plural)
      }
    },
  )
})
