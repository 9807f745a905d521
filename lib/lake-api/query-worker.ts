/**
 * A GROQ evaluator thread of the lake API (see `QueryPool`): opens its own connection to the
 * lake and answers `QueryJob`s with the result as JSON text, so that a slow query never holds
 * the API's event loop and can be stopped by terminating the thread.
 */
import { parentPort, workerData } from 'node:worker_threads'

import { LakeError, openLake } from '@/lib/lake'

import type { QueryJob, QueryReply } from './query-pool'

const { dataDir } = workerData as { dataDir: string }
const lake = openLake({ dataDir })
const port = parentPort
if (!port) throw new Error('query-worker runs as a worker thread')

port.postMessage({ ready: true })
port.on('message', async (job: QueryJob) => {
  let reply: QueryReply
  try {
    const result = await lake.query(job.query, job.params, {
      perspective: job.perspective,
      hidePrivate: job.hidePrivate,
    })
    const json = JSON.stringify(result)
    reply =
      json !== undefined && json.length > job.maxResultChars
        ? { id: job.id, tooLarge: json.length }
        : { id: job.id, json }
  } catch (error) {
    const lakeError = error instanceof LakeError ? error : undefined
    reply = {
      id: job.id,
      error: {
        message: error instanceof Error ? error.message : String(error),
        code: lakeError?.code,
        details: lakeError?.details,
      },
    }
  }
  port.postMessage(reply)
})
