import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { openLake, type Lake } from '@/lib/lake'
import { startLakeApi, type LakeApi } from '@/lib/lake-api/server'
import { createModerator } from '@/lib/moderation/accounts'
import { createSession } from '@/lib/moderation/sessions'
import { openPrivateDb } from '@/lib/private/db'

import { startFaultProxy, type FaultProxy } from './fault-proxy'

/** The Content Lake stand-in: the lake API over the demo data, behind the fault proxy. */
export interface StandIn {
  api: LakeApi
  proxy: FaultProxy
  /** A session token of an editor account: the site's `SANITY_API_WRITE_TOKEN`. */
  writeToken: string
  /** The stand-in's own lake, to check what was written upstream. */
  lake: Lake
  close(): Promise<void>
}

/** Starts the lake API on `apiPort` and the fault proxy on `proxyPort`, over fresh data. */
export async function startStandIn(apiPort: number, proxyPort: number): Promise<StandIn> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kiosque-standin-'))
  const account = await createModerator(openPrivateDb(dataDir), {
    name: 'Site (banc de pannes)',
    email: 'site@stress.example',
    password: 'un mot de passe assez long pour le banc',
    role: 'editor',
  })
  const writeToken = createSession(openPrivateDb(dataDir), account.id)
  const api = await startLakeApi({
    dataDir,
    port: apiPort,
    projectId: 'kiosque-stress',
    seedFile: path.resolve('content/demo/data.ndjson'),
  })
  const proxy = await startFaultProxy({ target: api.url, ca: api.cert, port: proxyPort })
  const lake = openLake({ dataDir })
  return {
    api,
    proxy,
    writeToken,
    lake,
    async close() {
      await proxy.close()
      await api.close()
      lake.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
