import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { openLake } from '@/lib/lake'

import { inspectStore } from './inspect'
import { burst, startHarness, type BurstResult, type Harness } from './load'
import { figure } from './report'

/*
 * No lost writes. Each case drives the real write path (submitComment over the
 * embedded lake and the private database, in separate OS processes: ./harness.ts), then opens
 * the store as the application does and compares what clients were told with what is stored.
 */

const ARTICLE = 'article-3-questions-a-helene-varambon'
const BASE_PORT = Number(process.env.STRESS_PORT ?? 3150)
const running: Harness[] = []
const dirs: string[] = []

afterEach(async () => {
  for (const harness of running.splice(0)) await harness.stop()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A fresh data directory with the demo lake, seeded once before any harness opens it. */
function dataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-stress-'))
  dirs.push(dir)
  openLake({ dataDir: dir, seedFile: path.resolve('content/demo/data.ndjson') }).close()
  return dir
}

async function harness(dir: string, port: number): Promise<Harness> {
  const started = await startHarness(dir, port)
  running.push(started)
  return started
}

function line(label: string, result: BurstResult, stored: number, extra = ''): void {
  figure(
    `${label}: ${result.acknowledged.length} acknowledged, ${stored} stored, ` +
      `${result.refused.length} refused, ${result.errors.length} errors, ` +
      `${result.durationMs} ms (${Math.round(((result.acknowledged.length + result.refused.length) * 1000) / Math.max(1, result.durationMs))} writes/s)${extra}`,
  )
}

/** 500 acknowledged, the very same 500 stored, a clean log and intact databases. */
function expectEveryWriteStored(
  result: BurstResult,
  report: Awaited<ReturnType<typeof inspectStore>>,
): void {
  expect(result.errors).toEqual([])
  expect(result.refused).toEqual([])
  expect(result.acknowledged).toHaveLength(500)
  expect(report.stored).toEqual(new Set(result.acknowledged))
  expect(report.logIssues).toEqual([])
  expect(report.integrity).toEqual({ lake: 'ok', private: 'ok' })
}

describe('no lost writes (embedded lake)', () => {
  it('500 submissions from 50 concurrent connections: 500 stored, 0 errors', async () => {
    const dir = dataDir()
    const server = await harness(dir, BASE_PORT + 1)
    const result = await burst({
      ports: [server.port],
      total: 500,
      connections: 50,
      tag: 'a',
      articleId: ARTICLE,
    })
    await server.stop()
    const report = await inspectStore(dir, 'a')
    line('one process', result, report.stored.size)
    expectEveryWriteStored(result, report)
  })

  it('two server processes on one data directory: no write lost', async () => {
    const dir = dataDir()
    const servers = await Promise.all([harness(dir, BASE_PORT + 2), harness(dir, BASE_PORT + 3)])
    const result = await burst({
      ports: servers.map((server) => server.port),
      total: 500,
      connections: 50,
      tag: 'b',
      articleId: ARTICLE,
    })
    await Promise.all(servers.map((server) => server.stop()))
    const report = await inspectStore(dir, 'b')
    line('two processes', result, report.stored.size)
    expectEveryWriteStored(result, report)
  })

  it('kill -9 during a burst: the store opens cleanly with every acknowledged comment', async () => {
    const dir = dataDir()
    const server = await harness(dir, BASE_PORT + 4)
    const killAfter = 150
    let killedAt = 0
    const result = await burst({
      ports: [server.port],
      total: 500,
      connections: 50,
      tag: 'c',
      articleId: ARTICLE,
      onAck(count) {
        if (count === killAfter) {
          killedAt = count
          server.child.kill('SIGKILL')
        }
      },
    })
    await server.exited
    const report = await inspectStore(dir, 'c')
    const lost = result.acknowledged.filter((id) => !report.stored.has(id))
    line(
      'kill -9',
      result,
      report.stored.size,
      `, killed after ${killedAt} acks, integrity ${report.integrity.lake}/${report.integrity.private}, ${lost.length} acknowledged lost`,
    )
    expect(server.child.signalCode).toBe('SIGKILL')
    expect(report.integrity).toEqual({ lake: 'ok', private: 'ok' })
    expect(lost).toEqual([])
    // Submissions in flight at the kill may be stored unacknowledged, never the reverse.
    expect(report.stored.size).toBeGreaterThanOrEqual(result.acknowledged.length)
    expect(report.logIssues).toEqual([])
    // The killed store takes writes again.
    const again = await harness(dir, BASE_PORT + 4)
    const after = await burst({
      ports: [again.port],
      total: 5,
      connections: 5,
      tag: 'c2',
      articleId: ARTICLE,
    })
    expect(after.acknowledged).toHaveLength(5)
  })
})
