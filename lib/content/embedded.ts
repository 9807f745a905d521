import 'server-only'

import type { QueryParams } from '@sanity/client'

import { getLake } from '@/lib/lake'

import type { Perspective } from './source'

/** GROQ over the embedded lake (SQLite + groq-js), opened once per process. */
export async function queryEmbeddedLake(
  query: string,
  params: QueryParams,
  perspective: Perspective,
): Promise<unknown> {
  return getLake().query(query, params, { perspective })
}
