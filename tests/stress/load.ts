import { spawn, type ChildProcess } from 'node:child_process'
import { Agent, request } from 'node:http'
import path from 'node:path'

/** A harness process (./harness.ts) serving the comment write path on a loopback port. */
export interface Harness {
  port: number
  child: ChildProcess
  exited: Promise<number | null>
  stop(): Promise<void>
}

/** Starts ./harness.ts on `dataDir` and resolves once it listens. */
export function startHarness(dataDir: string, port: number): Promise<Harness> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'harness.ts'), dataDir, String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  let stderr = ''
  child.stderr?.on('data', (chunk) => (stderr += chunk))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`harness ${port} silent: ${stderr}`)), 60_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('ready')) return
      clearTimeout(timer)
      resolve({
        port,
        child,
        exited,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
          await exited
        },
      })
    })
    void exited.then((code) => reject(new Error(`harness ${port} exited ${code}: ${stderr}`)))
  })
}

/** Outcome of a burst, as the clients saw it. */
export interface BurstResult {
  /** Ids the server answered 201 for: each one must be stored. */
  acknowledged: string[]
  /** 422 answers (a rule refused a submission): must be 0 under legitimate load. */
  refused: string[]
  /** Network errors and 5xx. */
  errors: string[]
  durationMs: number
}

/** Options of `burst`. */
export interface BurstOptions {
  /** Harness ports; submissions are spread over them in turn. */
  ports: number[]
  total: number
  /** Concurrent client loops in all, each on its own keep-alive connection to one port. */
  connections: number
  /** Marks this burst's authors (`<tag>-<n>@stress.example`). */
  tag: string
  articleId: string
  /** Called after each acknowledgement with the count so far. */
  onAck?: (count: number) => void
}

function call(
  agent: Agent,
  port: number,
  method: 'GET' | 'POST',
  urlPath: string,
  body?: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method,
        path: urlPath,
        headers: body
          ? {
              'content-type': 'application/x-www-form-urlencoded',
              'content-length': Buffer.byteLength(body),
            }
          : {},
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () => {
          try {
            resolve({
              status: res.statusCode ?? 0,
              json: JSON.parse(Buffer.concat(chunks).toString()),
            })
          } catch (error) {
            reject(error)
          }
        })
      },
    )
    req.setTimeout(60_000, () => req.destroy(new Error('client timeout')))
    req.on('error', reject)
    req.end(body)
  })
}

/**
 * Sends `total` comment submissions, one distinct reader each (name, address, text), from
 * `connections` client loops spread over the ports: each loop reads the form (start token) then posts it.
 */
export async function burst(options: BurstOptions): Promise<BurstResult> {
  const { ports, total, connections, tag } = options
  const perPort = Math.ceil(connections / ports.length)
  const agents = ports.map(() => new Agent({ keepAlive: true, maxSockets: perPort }))
  const result: BurstResult = { acknowledged: [], refused: [], errors: [], durationMs: 0 }
  let next = 0
  const started = performance.now()
  const loop = async (_: unknown, index: number) => {
    const slot = index % ports.length
    while (next < total) {
      const n = next++
      const agent = agents[slot]!
      const port = ports[slot]!
      try {
        const form = await call(agent, port, 'GET', '/form')
        const body = new URLSearchParams({
          articleId: options.articleId,
          name: `Lectrice ${n}`,
          email: `${tag}-${n}@stress.example`,
          body: `Commentaire ${n} de la série ${tag} : le passage sur la gouvernance m’a convaincue.`,
          consent: 'on',
          website: '',
          startToken: String(form.json.startToken),
        }).toString()
        const answer = await call(agent, port, 'POST', '/comments', body)
        if (answer.status === 201) {
          result.acknowledged.push(String(answer.json.id))
          options.onAck?.(result.acknowledged.length)
        } else if (answer.status === 422) result.refused.push(JSON.stringify(answer.json.errors))
        else result.errors.push(`${answer.status} ${JSON.stringify(answer.json)}`)
      } catch (error) {
        result.errors.push((error as Error).message)
      }
    }
  }
  await Promise.all(Array.from({ length: connections }, loop))
  result.durationMs = Math.round(performance.now() - started)
  for (const agent of agents) agent.destroy()
  return result
}
