import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { evaluate, parse } from 'groq-js'
import {
  createSchema,
  validateDocument,
  type SanityClient,
  type SanityDocument,
  type SchemaType,
  type Workspace,
} from 'sanity'
import { describe, expect, it } from 'vitest'
import { schemaTypes } from '@/sanity/schemaTypes'

/**
 * Validates every document of the demo dataset with Sanity's own validator (`validateDocument`,
 * what the Studio and `sanity documents validate` run), against the real schema. A shape check
 * covers what that validator does not look at: array member types, `_key`s and span marks.
 */

const demoDir = fileURLToPath(new URL('../../content/demo/', import.meta.url))

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const assetId = (file: string) =>
  `image-${createHash('sha1').update(file).digest('hex')}-1x1-${file.split('.').pop()}`

/**
 * Export form `{_sanityAsset: "image@file://./images/x.png"}` becomes the reference that
 * `sanity dataset import` would create, so rules reading `asset` (alt text) apply.
 */
function withAssetRefs(value: Json, files: Set<string>): Json {
  if (Array.isArray(value)) return value.map((item) => withAssetRefs(item, files))
  if (!isObject(value)) return value
  const { _sanityAsset, ...rest } = value
  const mapped = Object.fromEntries(
    Object.entries(rest).map(([key, item]) => [key, withAssetRefs(item, files)]),
  )
  if (typeof _sanityAsset !== 'string') return mapped
  const file = _sanityAsset.replace(/^image@file:\/\/\.\//, '')
  files.add(file)
  return { ...mapped, asset: { _type: 'reference', _ref: assetId(file) } }
}

const lines = readFileSync(`${demoDir}data.ndjson`, 'utf8').split('\n').filter(Boolean)
const imageFiles = new Set<string>()
const documents = lines.map((line) => withAssetRefs(JSON.parse(line) as Json, imageFiles))
const dataset = documents.filter(isObject)
const knownIds = new Set([
  ...dataset.map((doc) => String(doc._id)),
  ...[...imageFiles].map(assetId),
])

const schema = createSchema({ name: 'default', types: schemaTypes })

/** Just what validateDocument uses of a client: the slug uniqueness query, run with groq-js. */
const client = {
  withConfig: () => client,
  fetch: async (query: string, params: Record<string, unknown> = {}) =>
    (await evaluate(parse(query, { params }), { dataset, params })).get(),
}

// validateDocument reads `schema` and `getClient` from the workspace (and `i18n`, which falls back
// to the built-in English messages); the rest of a Studio workspace is irrelevant here.
const workspaceParts = {
  schema,
  getClient: () => client as unknown as SanityClient,
} satisfies Pick<Workspace, 'schema' | 'getClient'>
const workspace = workspaceParts as unknown as Workspace

const typeChain = (type: SchemaType | undefined): string[] =>
  type ? [type.name, ...typeChain(type.type)] : []

/** Problems Sanity's validator does not report: it skips array items it cannot type. */
function shapeProblems(value: Json, type: SchemaType, path: string): string[] {
  if (Array.isArray(value) && type.jsonType === 'array') {
    const members = type.of
    const keys = value.filter(isObject).map((item) => item._key)
    const problems: string[] = []
    if (keys.some((key) => typeof key !== 'string')) problems.push(`${path}: élément sans _key`)
    if (new Set(keys).size !== keys.length) problems.push(`${path}: _key en double`)
    value.forEach((item, index) => {
      const itemPath = `${path}[${index}]`
      const member = !isObject(item)
        ? members.find((candidate) => candidate.jsonType === typeof item)
        : members.find((candidate) =>
            [candidate.name, candidate.type?.name].includes(String(item._type)),
          )
      if (!member) {
        const allowed = members.map((candidate) => candidate.name).join(', ')
        problems.push(
          `${itemPath}: type « ${String(isObject(item) ? item._type : typeof item)} » non autorisé (${allowed})`,
        )
      } else problems.push(...shapeProblems(item, member, itemPath))
    })
    return problems
  }
  if (!isObject(value) || type.jsonType !== 'object') return []
  const problems: string[] = []
  if (typeof value._type === 'string' && !typeChain(type).includes(value._type)) {
    problems.push(`${path}: _type « ${value._type} » au lieu de « ${type.name} »`)
  }
  if (value._type === 'block') problems.push(...markProblems(value, type, path))
  const fieldNames = new Set(type.fields.map((field) => field.name))
  for (const key of Object.keys(value)) {
    if (!key.startsWith('_') && !fieldNames.has(key))
      problems.push(`${path}.${key}: champ inconnu du type « ${type.name} »`)
  }
  for (const field of type.fields) {
    const fieldValue = value[field.name]
    if (fieldValue !== undefined)
      problems.push(...shapeProblems(fieldValue, field.type, `${path}.${field.name}`))
  }
  return problems
}

/** Every span mark must be an allowed decorator or the key of one of the block's markDefs. */
function markProblems(block: JsonObject, type: SchemaType, path: string): string[] {
  if (type.jsonType !== 'object') return []
  const children = type.fields.find((field) => field.name === 'children')?.type
  const span =
    children?.jsonType === 'array' ? children.of.find((t) => t.name === 'span') : undefined
  const decorators = (
    span && 'decorators' in span && Array.isArray(span.decorators) ? span.decorators : []
  ).map((decorator: { value: string }) => decorator.value)
  const markKeys = (Array.isArray(block.markDefs) ? block.markDefs : [])
    .filter(isObject)
    .map((def) => def._key)
  const spans = Array.isArray(block.children) ? block.children.filter(isObject) : []
  return spans.flatMap((child, index) =>
    (Array.isArray(child.marks) ? child.marks : [])
      .filter(
        (mark) =>
          typeof mark !== 'string' || !(decorators.includes(mark) || markKeys.includes(mark)),
      )
      .map((mark) => `${path}.children[${index}]: marque « ${String(mark)} » inconnue`),
  )
}

async function problemsOf(document: JsonObject) {
  const type = schema.get(String(document._type))
  if (!type)
    return {
      errors: [`type de document « ${String(document._type)} » absent du schéma`],
      warnings: [],
    }
  const markers = await validateDocument({
    document: document as unknown as SanityDocument,
    workspace,
    // 'studio', not 'cli': in the CLI environment Sanity 6.9 appends `.warning()` to the rule of
    // every object-typed value (to report unknown fields), which also downgrades `required` and the
    // slug uniqueness check to warnings. Unknown fields are checked by shapeProblems instead.
    environment: 'studio',
    getDocumentExists: async ({ id }) => knownIds.has(id),
  })
  const format = (marker: (typeof markers)[number]) =>
    `${marker.path.map((segment) => (isObject(segment) ? `[_key=${String(segment._key)}]` : `.${String(segment)}`)).join('')}: ${marker.message}`
  return {
    errors: [
      ...markers.filter((m) => m.level === 'error').map(format),
      ...shapeProblems(document, type, ''),
    ],
    warnings: markers.filter((m) => m.level === 'warning').map(format),
  }
}

describe('jeu de démonstration (content/demo/data.ndjson)', () => {
  it('contient des documents, chacun avec un _id unique et un _type', () => {
    expect(dataset.length).toBe(lines.length)
    expect(dataset.length).toBeGreaterThan(0)
    const ids = dataset.map((doc) => doc._id)
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([])
    expect(dataset.filter((doc) => typeof doc._type !== 'string').map((doc) => doc._id)).toEqual([])
  })

  it('référence des images présentes dans content/demo/images', () => {
    const missing = [...imageFiles].filter((file) => !existsSync(`${demoDir}${file}`))
    expect(missing).toEqual([])
  })

  it('signale les défauts d’un document (contrôle du contrôle)', async () => {
    const article = dataset.find((doc) => doc._type === 'article')
    const person = dataset.find((doc) => doc._type === 'person')
    const image = [...imageFiles][0]
    if (!article || !person || !image) throw new Error('Jeu de démonstration incomplet')
    const broken: JsonObject = {
      ...article,
      _id: 'article-copie-fautive',
      headline: 'x'.repeat(161),
      standfirst: null,
      interviewee: { _type: 'reference', _ref: 'person-inconnue' },
      heroImage: { _type: 'heroImage', asset: { _type: 'reference', _ref: assetId(image) } },
      champInconnu: true,
      body: [
        { _key: 'a', _type: 'image' },
        {
          _type: 'block',
          style: 'normal',
          markDefs: [],
          children: [{ _key: 's', _type: 'span', text: 'x', marks: ['code'] }],
        },
      ],
    }
    const errors = (await problemsOf(broken)).errors.join('\n')
    for (const path of ['.headline', '.standfirst', '.slug', '.interviewee', '.heroImage.alt']) {
      expect(errors).toContain(`${path}: `)
    }
    for (const path of [
      '.champInconnu',
      '.body: élément sans _key',
      '.body[0]',
      '.body[1].children[0]',
    ]) {
      expect(errors).toContain(path)
    }
    const badCareer = {
      ...person,
      _id: 'person-copie',
      career: [{ _key: 'c', _type: 'careerEntry', year: 2020, month: 13, text: 'x' }],
    }
    expect((await problemsOf(badCareer)).errors.join('\n')).toContain('.career[_key=c].month')
  })

  it('respecte le schéma Sanity, document par document', { timeout: 120_000 }, async () => {
    const failures: string[] = []
    const warnings: string[] = []
    for (const document of dataset) {
      const result = await problemsOf(document)
      const label = `${String(document._id)} (${String(document._type)})`
      failures.push(...result.errors.map((message) => `${label} ${message}`))
      warnings.push(...result.warnings.map((message) => `${label} ${message}`))
    }
    if (warnings.length > 0) console.warn(`Avertissements :\n${warnings.join('\n')}`)
    expect(failures).toEqual([])
  })
})
