import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { PNG } from 'pngjs'
import { afterEach } from 'vitest'

import { openLake, type Lake } from '@/lib/lake'

const cleanups: (() => void)[] = []

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

/** A fresh temporary directory, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-lake-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A lake in a fresh temporary directory, closed after the test. */
export function tempLake(dataDir = tempDir()): Lake {
  const lake = openLake({ dataDir })
  cleanups.unshift(() => lake.close())
  return lake
}

/** A valid PNG of the given size; `shade` changes its bytes (and so its sha1). */
export function png(width: number, height: number, shade = 128): Buffer {
  const image = new PNG({ width, height })
  image.data.fill(shade)
  return PNG.sync.write(image)
}
