import { z } from 'zod'

/*
 * Request bodies of the mutate and actions endpoints, in Content Lake's JSON shapes (as
 * `@sanity/client` serializes them). Selections by GROQ query are not supported: the Studio
 * always addresses documents by id.
 */

const id = z.string().min(1).max(200)
const attributes = z.record(z.string(), z.unknown())

const document = z.looseObject({ _id: id, _type: z.string().min(1) })
const newDocument = z.looseObject({ _id: id.optional(), _type: z.string().min(1) })

const insert = z.union([
  z.strictObject({ before: z.string(), items: z.array(z.unknown()) }),
  z.strictObject({ after: z.string(), items: z.array(z.unknown()) }),
  z.strictObject({ replace: z.string(), items: z.array(z.unknown()) }),
])

/** Patch operations as Content Lake accepts them (JSONMatch paths as keys). */
export const patchOperations = z.strictObject({
  set: attributes.optional(),
  setIfMissing: attributes.optional(),
  unset: z.array(z.string()).optional(),
  inc: z.record(z.string(), z.number()).optional(),
  dec: z.record(z.string(), z.number()).optional(),
  insert: insert.optional(),
  diffMatchPatch: z.record(z.string(), z.string()).optional(),
  ifRevisionID: z.string().optional(),
})

const mutation = z.union([
  z.strictObject({ create: newDocument }),
  z.strictObject({ createIfNotExists: document }),
  z.strictObject({ createOrReplace: document }),
  z.strictObject({ delete: z.strictObject({ id }) }),
  z.strictObject({ patch: patchOperations.extend({ id }) }),
])

/** Body of `POST /data/mutate/:dataset`. */
export const mutateBody = z.strictObject({
  mutations: z.array(mutation).min(1).max(10_000),
  transactionId: z.string().optional(),
})

const publishedId = id.refine((value) => !value.startsWith('drafts.'), 'must be a published id')
const draftId = id.refine((value) => value.startsWith('drafts.'), 'must be a drafts. id')

/** One action of the Actions API (`sanity.action.document.*`). */
export const action = z.discriminatedUnion('actionType', [
  z.looseObject({
    actionType: z.literal('sanity.action.document.create'),
    publishedId,
    attributes: z.looseObject({ _id: id.optional(), _type: z.string().min(1) }),
    ifExists: z.enum(['fail', 'ignore']).default('fail'),
  }),
  z.looseObject({
    actionType: z.literal('sanity.action.document.edit'),
    draftId,
    publishedId,
    patch: patchOperations,
  }),
  z.looseObject({
    actionType: z.literal('sanity.action.document.publish'),
    draftId,
    publishedId,
    ifDraftRevisionId: z.string().optional(),
    ifPublishedRevisionId: z.string().optional(),
  }),
  z.looseObject({
    actionType: z.literal('sanity.action.document.unpublish'),
    draftId,
    publishedId,
  }),
  z.looseObject({
    actionType: z.literal('sanity.action.document.discard'),
    draftId,
    purge: z.boolean().optional(),
  }),
  z.looseObject({
    actionType: z.literal('sanity.action.document.delete'),
    publishedId,
    includeDrafts: z.array(draftId).default([]),
    purge: z.boolean().optional(),
  }),
  z.looseObject({
    actionType: z.literal('sanity.action.document.replaceDraft'),
    publishedId,
    attributes: z.looseObject({ _id: id.optional(), _type: z.string().min(1) }),
  }),
])

/** A validated action. */
export type Action = z.infer<typeof action>

/** Body of `POST /data/actions/:dataset`. */
export const actionsBody = z.looseObject({
  actions: z.array(action).min(1).max(1_000),
  transactionId: z.string().optional(),
  dryRun: z.boolean().optional(),
})
