import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { generatedLake } from './generate'

/*
 * (e) `next build` time with the lake of a generated dataset (every article, person,
 * organisation and series page is prerendered, so build time follows the dataset). The
 * project's own `.next` is moved aside for the duration and put back afterwards.
 */

/** One timed build. */
export interface BuildRow {
  articles: number
  seconds: number
  ok: boolean
}

const nextBin = path.resolve('node_modules/next/dist/bin/next')

/** Builds once per size; slow (minutes each), so only run when asked for explicitly. */
export function benchBuild(
  sizes: number[],
  cacheDir: string,
  log: (line: string) => void,
): BuildRow[] {
  const rows: BuildRow[] = []
  const saved = existsSync('.next') ? `.next.bench-saved-${process.pid}` : null
  if (saved) renameSync('.next', saved)
  try {
    for (const size of sizes) {
      const work = mkdtempSync(path.join(tmpdir(), `kiosque-bench-build-${size}-`))
      const lake = generatedLake(size, cacheDir)
      const source = lake.dataDir
      lake.close()
      cpSync(source, work, { recursive: true })
      log(`next build avec ${size} articles…`)
      const t0 = performance.now()
      const result = spawnSync(process.execPath, [nextBin, 'build'], {
        env: { ...process.env, KIOSQUE_DATA_DIR: work },
        stdio: ['ignore', 'ignore', 'inherit'],
      })
      rows.push({
        articles: size,
        seconds: (performance.now() - t0) / 1000,
        ok: result.status === 0,
      })
      rmSync(work, { recursive: true, force: true })
      rmSync('.next', { recursive: true, force: true })
    }
  } finally {
    if (saved) {
      rmSync('.next', { recursive: true, force: true })
      renameSync(saved, '.next')
    }
  }
  return rows
}
