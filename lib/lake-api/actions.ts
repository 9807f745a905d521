import { Mutation } from '@sanity/mutator'

import { LakeError, type LakeDocument, type LakeMutation } from '@/lib/lake'

import { identityOf } from './auth'
import type { RouteCall } from './context'
import { assertWritable } from './data'
import { ApiError, readJson, sendJson } from './http'
import { actionsBody, type Action } from './schemas'

/**
 * `POST /data/actions/:dataset` → `{transactionId}`. Every action of the request is translated
 * into lake mutations and the lot is applied as one transaction. Revision checks that the
 * Actions API performs are expressed as `ifRevisionID` guard patches inside that transaction,
 * so a concurrent edit makes the whole request fail instead of being overwritten.
 */
export async function handleActions(call: RouteCall): Promise<void> {
  const body = await readJson(call.req, actionsBody)
  if (body.dryRun) throw new ApiError(400, 'validationError', 'dryRun is not supported offline')
  const { lake } = call.ctx
  const state = new Map<string, LakeDocument | null>()
  const work: Work = {
    current: (id) => {
      if (!state.has(id)) state.set(id, call.lake.getDocuments([id])[0] ?? null)
      return state.get(id) ?? null
    },
    put: (id, doc) => state.set(id, doc) && undefined,
    touched: new Set(),
  }
  const mutations: LakeMutation[] = []
  body.actions.forEach((action, index) => {
    assertWritable(call, targetsOf(action))
    try {
      mutations.push(...translate(action, work))
    } catch (error) {
      throw actionError(error, index)
    }
  })
  try {
    const result = lake.mutate(mutations, {
      transactionId: body.transactionId,
      author: identityOf(call.requester),
    })
    sendJson(call.res, 200, { transactionId: result.transactionId })
  } catch (error) {
    throw actionError(error, 0)
  }
}

/** Documents as the request's earlier actions left them; `touched` ids changed revision. */
interface Work {
  current(id: string): LakeDocument | null
  put(id: string, doc: LakeDocument | null): void
  touched: Set<string>
}

/**
 * The mutations of one action. `work` is updated as if they were applied, so that later
 * actions of the same request (edit then publish) see the effect of earlier ones.
 */
function translate(action: Action, work: Work): LakeMutation[] {
  const current = (id: string) => work.current(id)
  const state = {
    set: (id: string, doc: LakeDocument | null) => {
      work.put(id, doc)
      work.touched.add(id)
    },
  }
  // Documents written earlier in this request already carry the new revision: no guard then.
  const guard = (id: string, rev: string | undefined): LakeMutation => ({
    patch: rev && !work.touched.has(id) ? { id, ifRevisionID: rev } : { id },
  })
  const fail = (message: string, code: 'conflict' | 'notFound' | 'invalid' = 'invalid') => {
    throw new LakeError(code, message)
  }
  switch (action.actionType) {
    case 'sanity.action.document.create': {
      const id = action.attributes._id ?? `drafts.${action.publishedId}`
      if (current(action.publishedId))
        fail(`Document "${action.publishedId}" is already published`, 'conflict')
      if (current(id)) {
        if (action.ifExists === 'ignore') return []
        fail(`Document "${id}" already exists`, 'conflict')
      }
      const doc = { ...action.attributes, _id: id }
      state.set(id, doc)
      return [{ create: doc }]
    }
    case 'sanity.action.document.edit': {
      const draft = current(action.draftId)
      const published = current(action.publishedId)
      const out: LakeMutation[] = []
      if (!draft) {
        if (!published)
          fail(`Cannot edit "${action.publishedId}": no draft nor published version`, 'notFound')
        out.push({ createIfNotExists: copyAs(published, action.draftId) })
      }
      const patch = { ...action.patch, id: action.draftId }
      out.push({ patch })
      const base = draft ?? copyAs(published, action.draftId)
      state.set(action.draftId, new Mutation({ mutations: [{ patch }] }).apply(base))
      return out
    }
    case 'sanity.action.document.publish': {
      const draft = current(action.draftId)
      if (!draft)
        return fail(`Cannot publish: draft "${action.draftId}" does not exist`, 'notFound')
      const published = current(action.publishedId)
      const out: LakeMutation[] = [guard(action.draftId, action.ifDraftRevisionId ?? draft._rev)]
      if (published)
        out.push(guard(action.publishedId, action.ifPublishedRevisionId ?? published._rev))
      else if (action.ifPublishedRevisionId)
        fail(`"${action.publishedId}" is not published`, 'conflict')
      const next = {
        ...copyAs(draft, action.publishedId),
        _createdAt: published?._createdAt ?? draft._createdAt,
      }
      out.push({ createOrReplace: next }, { delete: { id: action.draftId } })
      state.set(action.publishedId, next)
      state.set(action.draftId, null)
      return out
    }
    case 'sanity.action.document.unpublish': {
      const published = current(action.publishedId)
      if (!published)
        return fail(`Cannot unpublish: "${action.publishedId}" is not published`, 'notFound')
      const out: LakeMutation[] = [guard(action.publishedId, published._rev)]
      if (!current(action.draftId)) {
        out.push({ createIfNotExists: copyAs(published, action.draftId) })
        state.set(action.draftId, copyAs(published, action.draftId))
      }
      out.push({ delete: { id: action.publishedId } })
      state.set(action.publishedId, null)
      return out
    }
    case 'sanity.action.document.discard': {
      if (!current(action.draftId))
        fail(`Cannot discard: draft "${action.draftId}" does not exist`, 'notFound')
      state.set(action.draftId, null)
      return [{ delete: { id: action.draftId } }]
    }
    case 'sanity.action.document.delete': {
      const draftId = `drafts.${action.publishedId}`
      if (current(draftId) && !action.includeDrafts.includes(draftId)) {
        fail(
          `Cannot delete "${action.publishedId}": its draft exists and is not listed`,
          'conflict',
        )
      }
      const ids = [action.publishedId, ...action.includeDrafts]
      for (const id of ids) state.set(id, null)
      return ids.map((id) => ({ delete: { id } }))
    }
    case 'sanity.action.document.replaceDraft': {
      const id = action.attributes._id ?? `drafts.${action.publishedId}`
      if (!current(id) && !current(action.publishedId)) {
        fail(
          `Cannot replace draft of "${action.publishedId}": no draft nor published version`,
          'notFound',
        )
      }
      const doc = { ...action.attributes, _id: id }
      state.set(id, doc)
      return [{ createOrReplace: doc }]
    }
  }
}

function targetsOf(action: Action): string[] {
  switch (action.actionType) {
    case 'sanity.action.document.discard':
      return [action.draftId]
    case 'sanity.action.document.create':
    case 'sanity.action.document.replaceDraft':
      return [action.publishedId, action.attributes._id ?? action.publishedId]
    case 'sanity.action.document.delete':
      return [action.publishedId, ...action.includeDrafts]
    default:
      return [action.publishedId, action.draftId]
  }
}

/** A copy of `doc` under another id, without the system fields the lake sets itself. */
function copyAs(doc: LakeDocument | null, id: string): LakeDocument {
  if (!doc) throw new LakeError('notFound', `Document "${id}" not found`)
  const copy: LakeDocument = { ...doc, _id: id }
  delete copy._rev
  delete copy._updatedAt
  return copy
}

function actionError(error: unknown, index: number): unknown {
  if (!(error instanceof LakeError)) return error
  const status = { conflict: 409, notFound: 409, invalid: 400 }[error.code]
  return new ApiError(status, 'actionError', `Action failed: ${error.message}`, {
    items: [{ error: { type: `${error.code}Error`, description: error.message }, index }],
  })
}
