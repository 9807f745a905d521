import type { DatabaseSync } from 'node:sqlite'

import type { Lake } from '@/lib/lake'

import type { Requester } from './auth'
import type { ApiRequest, ApiResponse } from './http'
import type { QueryPool } from './query-pool'
import type { LakeReader } from './visibility'

/** What every handler shares: the lake, the private database and the server's settings. */
export interface ApiContext {
  lake: Lake
  privateDb: DatabaseSync
  loopback: boolean
  /** The single dataset name the API answers for (others get a 404). */
  dataset: string
  projectId: string
  /** Where GROQ from requests runs: worker threads with a time and size budget. */
  queries: QueryPool
}

/** One routed request. */
export interface RouteCall {
  req: ApiRequest
  res: ApiResponse
  ctx: ApiContext
  requester: Requester
  /**
   * The lake as this requester may read it (`readableLake`): handlers read through it only,
   * `ctx.lake` is for writes.
   */
  lake: LakeReader
  url: URL
  /** `2025-02-19`, `1`, `X`…: the `v…` prefix of the path, without the `v`. */
  apiVersion: string
  /** Path segments after the version (URL-decoded). */
  segments: string[]
}

/** A request served without authentication (assets, session exchange): it reads as anybody. */
export type OpenCall = Omit<RouteCall, 'requester' | 'apiVersion'>
