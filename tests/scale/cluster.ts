/**
 * The production shape on one machine, every piece a real process: the lake API standing in
 * for the Content Lake, Redis, two Kiosque instances in Sanity mode (`next start`, one build,
 * each with its own data directory), and Debian's nginx in front with deploy/nginx.conf.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createModerator } from '@/lib/moderation/accounts'
import { createSession } from '@/lib/moderation/sessions'
import { closePrivateDbs, openPrivateDb } from '@/lib/private/db'
import {
  freePort,
  startRedis,
  stopProcess,
  waitForPort,
  type Service,
} from '@/tests/helpers/services'

const NEXT_BIN = path.resolve('node_modules/next/dist/bin/next')
export const DIST_DIR = '.next-scale'

export interface Instance {
  name: string
  port: number
  url: string
  dataDir: string
  process: ChildProcess
  log: string[]
}

export interface Cluster {
  root: string
  lakeApiUrl: string
  lakeDataDir: string
  /** Session token of an editor account on the lake API (the site's read and write token). */
  editorToken: string
  redis: Service
  instances: Instance[]
  nginxUrl: string
  siteEnv: NodeJS.ProcessEnv
  stopInstance(instance: Instance, signal?: NodeJS.Signals): Promise<void>
  startInstance(instance: Instance): Promise<void>
  stop(): Promise<void>
}

async function waitForHttp(url: string, timeoutMs: number, log?: string[]): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      if (response.status < 500) return
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${url} did not answer in ${timeoutMs} ms\n${(log ?? []).join('').slice(-4000)}`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

function capture(child: ChildProcess, log: string[]): void {
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString())
    if (log.length > 400) log.splice(0, log.length - 400)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
}

/** deploy/nginx.conf with this cluster's ports and a temporary prefix. */
export function nginxConfig(root: string, listen: number, upstreams: number[]): string {
  const source = readFileSync(path.resolve('deploy/nginx.conf'), 'utf8')
  const servers = upstreams
    .map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`)
    .join('\n')
  // Run as root (CI), nginx would hand its workers to `nobody`, who cannot enter the private
  // temporary directory: they stay root here.
  const user = process.getuid?.() === 0 ? 'user root;\n' : ''
  return source
    .replace(/^pid .*$/m, `${user}pid ${root}/nginx.pid;`)
    .replace(/^error_log .*$/m, `error_log ${root}/nginx-error.log warn;`)
    .replaceAll('/var/cache/kiosque', `${root}/nginx-cache`)
    .replace(/(upstream kiosque \{\n)(?:\s*#.*\n)?(?:\s*server .*\n)+/, `$1${servers}\n`)
    .replace(/listen 8080;.*$/m, `listen 127.0.0.1:${listen};`)
}

/** Starts every piece; whatever started is stopped again when a later piece fails. */
export async function startCluster(options: { build: boolean }): Promise<Cluster> {
  const root = mkdtempSync(path.join(tmpdir(), 'kiosque-scale-'))
  const processes: ChildProcess[] = []
  let redis: Service | undefined
  const stop = async () => {
    await Promise.all(processes.map((child) => stopProcess(child)))
    await redis?.stop()
    rmSync(root, { recursive: true, force: true })
  }
  try {
    redis = await startRedis()
    return await launch(options, root, processes, redis, stop)
  } catch (error) {
    await stop()
    throw error
  }
}

async function launch(
  options: { build: boolean },
  root: string,
  processes: ChildProcess[],
  redis: Service,
  stop: () => Promise<void>,
): Promise<Cluster> {
  const secret = randomBytes(32).toString('base64url')

  // The Content Lake: the lake API over a fresh copy of the demo data.
  const lakeDataDir = path.join(root, 'lake')
  const lakeApiPort = await freePort()
  const nginxPort = await freePort()
  const nginxUrl = `http://127.0.0.1:${nginxPort}`
  const lakeLog: string[] = []
  const lake = spawn(process.execPath, ['--import', 'tsx', 'scripts/lake-api.ts'], {
    env: {
      ...process.env,
      KIOSQUE_DATA_DIR: lakeDataDir,
      KIOSQUE_SECRET: secret,
      LAKE_API_PORT: String(lakeApiPort),
      NEXT_PUBLIC_SITE_URL: nginxUrl,
      // Publishes reach one instance through the proxy, as a webhook would.
      KIOSQUE_REVALIDATE_URL: `${nginxUrl}/api/revalidate`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  capture(lake, lakeLog)
  processes.push(lake)
  await waitForPort(lakeApiPort, 60_000).catch((error: unknown) => {
    throw new Error(`${String(error)}\n${lakeLog.join('')}`)
  })
  const lakeApiUrl = `https://127.0.0.1:${lakeApiPort}`

  const db = openPrivateDb(lakeDataDir)
  const account = await createModerator(db, {
    name: 'Site (mise à l’échelle)',
    email: 'site@scale.example',
    password: randomBytes(24).toString('base64url'),
    role: 'editor',
  })
  const editorToken = createSession(db, account.id)
  closePrivateDbs()

  const siteEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    KIOSQUE_DIST_DIR: DIST_DIR,
    KIOSQUE_SECRET: secret,
    NEXT_PUBLIC_SITE_URL: nginxUrl,
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'kiosque-local',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    SANITY_API_HOST: lakeApiUrl,
    SANITY_API_READ_TOKEN: editorToken,
    SANITY_API_WRITE_TOKEN: editorToken,
    NODE_EXTRA_CA_CERTS: path.join(lakeDataDir, 'tls', 'lake-api.crt'),
    REDIS_URL: redis.url,
    TRUSTED_PROXY_HEADER: 'x-real-ip',
  }

  if (options.build) {
    const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
      env: { ...siteEnv, KIOSQUE_DATA_DIR: path.join(root, 'build-data') },
      encoding: 'utf8',
    })
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`)
  }

  const instances: Instance[] = []
  for (const name of ['A', 'B']) {
    const port = await freePort()
    const dataDir = path.join(root, `instance-${name}`)
    mkdirSync(dataDir, { recursive: true })
    instances.push({
      name,
      port,
      url: `http://127.0.0.1:${port}`,
      dataDir,
      process: undefined as unknown as ChildProcess,
      log: [],
    })
  }

  const startInstance = async (instance: Instance) => {
    instance.log.length = 0
    const child = spawn(
      process.execPath,
      [NEXT_BIN, 'start', '--hostname', '127.0.0.1', '--port', String(instance.port)],
      {
        env: { ...siteEnv, KIOSQUE_DATA_DIR: instance.dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    capture(child, instance.log)
    instance.process = child
    processes.push(child)
    await waitForHttp(`${instance.url}/robots.txt`, 60_000, instance.log)
  }
  await Promise.all(instances.map(startInstance))

  mkdirSync(path.join(root, 'nginx-cache'), { recursive: true })
  const confFile = path.join(root, 'nginx.conf')
  writeFileSync(
    confFile,
    nginxConfig(
      root,
      nginxPort,
      instances.map((instance) => instance.port),
    ),
  )
  const nginxLog: string[] = []
  const nginx = spawn('/usr/sbin/nginx', ['-c', confFile, '-p', root, '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  capture(nginx, nginxLog)
  processes.push(nginx)
  await waitForHttp(`${nginxUrl}/robots.txt`, 15_000, nginxLog).catch((error: unknown) => {
    const logFile = path.join(root, 'nginx-error.log')
    const errors = existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''
    throw new Error(`${String(error)}\n${errors.slice(-4000)}`)
  })

  return {
    root,
    lakeApiUrl,
    lakeDataDir,
    editorToken,
    redis,
    instances,
    nginxUrl,
    siteEnv,
    startInstance,
    stopInstance: (instance, signal) => stopProcess(instance.process, signal),
    stop,
  }
}
