import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** A child server and the means to stop it and read its memory. */
export interface Server {
  url: string
  child: ChildProcess
  stop(): Promise<void>
}

/** Starts `command args` and waits until `url` answers 200 (at most `timeoutMs`). */
export async function startServer(
  command: string,
  args: string[],
  url: string,
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = 60_000,
): Promise<Server> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)))
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
    })
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`serveur arrêté (${child.exitCode}) : ${stderr}`)
    try {
      const response = await fetch(url)
      await response.arrayBuffer()
      if (response.ok) return { url, child, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error(`pas de réponse de ${url} après ${timeoutMs} ms : ${stderr}`)
}

/** Resident memory (bytes) of `pid` and all its descendants, from /proc (Linux only). */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(path.join('/proc', entry, 'stat'), 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const parent = Number(fields[1])
      const pages = Number(fields[21])
      rss.set(Number(entry), pages * 4096)
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // the process ended while we read
    }
  }
  let total = 0
  const stack = [pid]
  while (stack.length > 0) {
    const current = stack.pop()!
    total += rss.get(current) ?? 0
    stack.push(...(children.get(current) ?? []))
  }
  return total
}

/** Samples `treeRss(pid)` every 200 ms until `stop()`, which returns the peak. */
export function watchPeakRss(pid: number): { stop(): number } {
  let peak = treeRss(pid)
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 200)
  return {
    stop() {
      clearInterval(timer)
      return Math.max(peak, treeRss(pid))
    },
  }
}
