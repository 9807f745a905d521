/**
 * Throwaway servers from Debian's packages for the tests: each in its own temporary directory,
 * on a free loopback port, stopped (and its directory removed) by `stop()`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createConnection, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface Service {
  port: number
  url: string
  dir: string
  stop(): Promise<void>
}

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** Resolves once something accepts TCP connections on `port`, or rejects after `timeoutMs`. */
export async function waitForPort(port: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port })
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    if (Date.now() > deadline) throw new Error(`Nothing listens on 127.0.0.1:${port}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Stops a child process: SIGTERM (or `signal`), then SIGKILL after 5 s. */
export function stopProcess(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill(signal)
  })
}

export const REDIS_SERVER = '/usr/bin/redis-server'

/** True when Debian's redis-server is installed (`.ci/run` installs it). */
export const hasRedis = existsSync(REDIS_SERVER)

/** A Redis server with no persistence, on a free port. */
export async function startRedis(): Promise<Service> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-redis-'))
  const port = await freePort()
  const child = spawn(
    REDIS_SERVER,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    { stdio: 'ignore' },
  )
  await waitForPort(port)
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    async stop() {
      await stopProcess(child)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The newest PostgreSQL server binaries of Debian's `postgresql` package, if installed. */
export const PG_BIN: string | undefined = (() => {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return undefined
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? path.join(root, versions[0], 'bin') : undefined
})()

/** True when Debian's PostgreSQL server is installed (`.ci/run` installs it). */
export const hasPostgres = PG_BIN !== undefined

/**
 * A throwaway PostgreSQL cluster (`initdb` + `postgres`) on a free port, trust authentication on
 * loopback only, fsync off. PostgreSQL refuses to run as root: as root, its files belong to the
 * `postgres` user of the Debian package and it runs as that user.
 */
export async function startPostgres(): Promise<Service> {
  if (!PG_BIN) throw new Error('PostgreSQL is not installed (apt-get install postgresql)')
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-pg-'))
  const data = path.join(dir, 'data')
  const asRoot = process.getuid?.() === 0
  const run = (command: string, args: string[]) =>
    asRoot
      ? { command: 'runuser', args: ['-u', 'postgres', '--', command, ...args] }
      : { command, args }
  if (asRoot) {
    chmodSync(dir, 0o755)
    spawnSync('chown', ['postgres:postgres', dir])
  }
  const init = run(path.join(PG_BIN, 'initdb'), [
    '-D',
    data,
    '-U',
    'kiosque',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
  ])
  const initResult = spawnSync(init.command, init.args, { encoding: 'utf8' })
  if (initResult.status !== 0) throw new Error(`initdb failed: ${initResult.stderr}`)
  const port = await freePort()
  const server = run(path.join(PG_BIN, 'postgres'), [
    '-D',
    data,
    '-p',
    String(port),
    '-h',
    '127.0.0.1',
    '-k',
    dir,
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=200',
  ])
  const child = spawn(server.command, server.args, { stdio: 'ignore' })
  await waitForPort(port, 30_000)
  const createdb = spawnSync(
    path.join(PG_BIN, 'createdb'),
    ['-h', '127.0.0.1', '-p', String(port), '-U', 'kiosque', 'kiosque'],
    { encoding: 'utf8' },
  )
  if (createdb.status !== 0) throw new Error(`createdb failed: ${createdb.stderr}`)
  return {
    port,
    url: `postgres://kiosque@127.0.0.1:${port}/kiosque`,
    dir,
    async stop() {
      // SIGINT: PostgreSQL's « fast shutdown ».
      await stopProcess(child, 'SIGINT')
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
