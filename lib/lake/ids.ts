import { randomBytes, randomUUID } from 'node:crypto'

import { LakeError } from './types'

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

// Same alphabet and limits as Content Lake: letters, digits, `_`, `-`, `.` path separators.
const DOCUMENT_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/

/** A random 22-character base62 id, the shape of Sanity's transaction ids and revisions. */
export function randomTransactionId(): string {
  let id = ''
  while (id.length < 22) {
    // Bytes of 248 and above are dropped so that every character stays equally likely.
    for (const byte of randomBytes(32)) if (byte < 248 && id.length < 22) id += BASE62[byte % 62]
  }
  return id
}

/** Resolves a create `_id`: omitted → uuid, trailing `.` → uuid under that path (`drafts.`). */
export function resolveNewId(id: string | undefined): string {
  if (id === undefined || id === '') return randomUUID()
  if (id.endsWith('.')) return `${id}${randomUUID()}`
  return id
}

/** Throws `invalid` unless `id` is a valid document id. */
export function assertDocumentId(id: unknown, where: string): asserts id is string {
  if (typeof id !== 'string' || !DOCUMENT_ID.test(id) || id.includes('..')) {
    throw new LakeError('invalid', `${where}: invalid document id ${JSON.stringify(id)}`)
  }
}
