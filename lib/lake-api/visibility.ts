import {
  isPrivateId,
  type Lake,
  type LakeDocument,
  type LakeMutation,
  type LakeRevision,
  type LakeTransaction,
  type Perspective,
} from '@/lib/lake'

/**
 * What handlers may read from the lake: everything they answer with comes from here, never
 * from the lake itself, so that one function (`readableLake`) decides what a requester sees.
 */
export type LakeReader = Pick<
  Lake,
  'getDocuments' | 'transactionsSince' | 'revisions' | 'documentAtRevision' | 'headSeq'
> & {
  /** GROQ, answered as JSON text (undefined when the query yields nothing). */
  queryJson(
    groq: string,
    params: Record<string, unknown>,
    options: { perspective: Perspective },
  ): Promise<string | undefined>
}

/** Evaluates GROQ somewhere (the API's worker threads, see `QueryPool`) as JSON text. */
export type QueryRunner = (
  groq: string,
  params: Record<string, unknown>,
  options: { perspective: Perspective; hidePrivate: boolean },
) => Promise<string | undefined>

/**
 * The lake as a requester may read it. For one who may not see private documents (see
 * `seesPrivate`: ids under a path such as `comment.x`, whose documents hold commenters' e-mails
 * and unapproved comments), private documents do not exist: queries leave them out, their
 * revisions are empty, and every transaction loses their ids and mutations, so a transaction
 * that wrote public and private documents together (an import, the demo seed) shows only
 * its public part. Transactions are kept even when nothing public is left, so that seq-based
 * reads (`transactionsSince(seq - 1, 1)`) still land on the transaction asked for.
 */
export function readableLake(
  lake: Lake,
  seesPrivate: boolean,
  runQuery: QueryRunner = inProcess(lake),
): LakeReader {
  const queryJson: LakeReader['queryJson'] = (groq, params, { perspective }) =>
    runQuery(groq, params, { perspective, hidePrivate: !seesPrivate })
  if (seesPrivate) {
    return {
      queryJson,
      getDocuments: (ids) => lake.getDocuments(ids),
      transactionsSince: (after, limit) => lake.transactionsSince(after, limit),
      revisions: (id, options) => lake.revisions(id, options),
      documentAtRevision: (id, rev) => lake.documentAtRevision(id, rev),
      headSeq: () => lake.headSeq(),
    }
  }
  return {
    queryJson,
    getDocuments: (ids) =>
      lake.getDocuments(ids).map((doc) => (doc && visibleDocument(doc)) ?? null),
    transactionsSince: (after, limit) =>
      lake.transactionsSince(after, limit).map(publicPartOfTransaction),
    revisions: (id, options): LakeRevision[] =>
      isPrivateId(id) ? [] : lake.revisions(id, options),
    documentAtRevision: (id, rev) => (isPrivateId(id) ? null : lake.documentAtRevision(id, rev)),
    headSeq: () => lake.headSeq(),
  }
}

/**
 * What a listener may be told about one transaction: its public part and the changes of
 * public documents only (the listen hub hands every listener the whole transaction).
 */
export function readableChanges<T extends { id: string }>(
  transaction: LakeTransaction,
  changes: T[],
  seesPrivate: boolean,
): { transaction: LakeTransaction; changes: T[] } {
  if (seesPrivate) return { transaction, changes }
  return {
    transaction: publicPartOfTransaction(transaction),
    changes: changes.filter((change) => !isPrivateId(change.id)),
  }
}

function inProcess(lake: Lake): QueryRunner {
  return async (groq, params, options) => JSON.stringify(await lake.query(groq, params, options))
}

/** `doc` unless it is private. */
function visibleDocument(doc: LakeDocument): LakeDocument | null {
  return isPrivateId(doc._id) ? null : doc
}

/** A transaction without the ids and mutations of private documents. */
function publicPartOfTransaction(transaction: LakeTransaction): LakeTransaction {
  return {
    ...transaction,
    documentIds: transaction.documentIds.filter((id) => !isPrivateId(id)),
    mutations: transaction.mutations.filter((mutation) => !isPrivateId(mutationTarget(mutation))),
  }
}

/** The document id a mutation addresses. */
function mutationTarget(mutation: LakeMutation): string {
  if ('create' in mutation) return mutation.create._id ?? ''
  if ('createIfNotExists' in mutation) return mutation.createIfNotExists._id ?? ''
  if ('createOrReplace' in mutation) return mutation.createOrReplace._id ?? ''
  if ('delete' in mutation) return mutation.delete.id
  return mutation.patch.id
}
