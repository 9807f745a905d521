import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { openLake, type Lake, type LakeDocument } from '@/lib/lake'

/*
 * Deterministic large datasets for the benchmark, built from the demo one. The demo is copy 0
 * (its slugs stay valid, so the benchmarked article exists at every size); copy k > 0 clones its
 * people, organisations, articles (Q&A bodies included) and comments with `-k` appended to ids
 * and slugs, every reference rewritten to the same copy, and `publishedAt` moved k weeks back
 * (about 50 articles a month at 10,000 articles). Series are cloned once per group of
 * SERIES_GROUP copies, so a monthly series holds some hundred articles, not the whole site;
 * tags, journalists and the site settings stay shared (a tag page lists 1,000 articles at
 * 10,000). Same count, same bytes, every time.
 */

const DEMO = path.resolve('content/demo/data.ndjson')
const SERIES_GROUP = 10
const WEEK_MS = 7 * 24 * 3600 * 1000

type Json = unknown

function demoDocuments(): LakeDocument[] {
  return readFileSync(DEMO, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LakeDocument)
}

/** The NDJSON lines of a dataset holding exactly `articles` articles (at least 1). */
export function generateDocuments(articles: number): LakeDocument[] {
  const demo = demoDocuments()
  const demoArticles = demo.filter((doc) => doc._type === 'article')
  const shared = new Set(
    demo
      .filter((doc) => ['siteSettings', 'tag'].includes(doc._type) || doc.isJournalist === true)
      .map((doc) => doc._id),
  )
  const series = new Set(demo.filter((doc) => doc._type === 'series').map((doc) => doc._id))
  const copies = Math.ceil(articles / demoArticles.length)
  const out: LakeDocument[] = []
  let articleCount = 0
  for (let copy = 0; copy < copies; copy += 1) {
    const group = Math.floor(copy / SERIES_GROUP)
    const rename = (id: string): string => {
      if (shared.has(id)) return id
      if (series.has(id)) return group === 0 ? id : `${id}-s${group}`
      return copy === 0 ? id : `${id}-${copy}`
    }
    for (const doc of demo) {
      if (shared.has(doc._id) && copy > 0) continue
      if (series.has(doc._id) && copy % SERIES_GROUP !== 0) continue
      if (doc._type === 'article') {
        if (articleCount >= articles) continue
        articleCount += 1
      }
      const suffix = series.has(doc._id) ? (group === 0 ? '' : `-s${group}`) : `-${copy}`
      const clone = rewrite(doc, rename) as LakeDocument
      clone._id = rename(doc._id)
      if (copy > 0 && !shared.has(doc._id)) renameSlug(clone, suffix)
      if (copy > 0 && typeof clone.publishedAt === 'string') {
        clone.publishedAt = new Date(Date.parse(clone.publishedAt) - copy * WEEK_MS).toISOString()
      }
      if (copy > 0 && doc._type === 'comment') {
        const created = clone.createdAt
        if (typeof created === 'string') {
          clone.createdAt = new Date(Date.parse(created) - copy * WEEK_MS).toISOString()
        }
      }
      out.push(clone)
    }
  }
  // Comments of articles cut from the last copy would point at missing documents.
  const ids = new Set(out.map((doc) => doc._id))
  return out.filter((doc) => {
    const article = (doc.article as { _ref?: string } | undefined)?._ref
    return doc._type !== 'comment' || (article !== undefined && ids.has(article))
  })
}

function rewrite(value: Json, rename: (id: string) => string): Json {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, rename))
  if (!value || typeof value !== 'object') return value
  const out: Record<string, Json> = {}
  for (const [key, child] of Object.entries(value)) {
    out[key] = key === '_ref' && typeof child === 'string' ? rename(child) : rewrite(child, rename)
  }
  return out
}

function renameSlug(doc: LakeDocument, suffix: string): void {
  const slug = doc.slug as { current?: unknown } | undefined
  if (slug && typeof slug.current === 'string') {
    doc.slug = { ...slug, current: `${slug.current}${suffix}` }
  }
  if (typeof doc.name === 'string' && doc._type !== 'person') doc.name = `${doc.name}${suffix}`
}

/**
 * Writes `<dir>/data.ndjson` (plus an `images` link to the demo images, which the export form
 * references relatively) and returns the file path.
 */
export function writeDataset(articles: number, dir: string): string {
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'data.ndjson')
  const lines = generateDocuments(articles).map((doc) => JSON.stringify(doc))
  writeFileSync(file, `${lines.join('\n')}\n`)
  try {
    symlinkSync(path.resolve('content/demo/images'), path.join(dir, 'images'), 'dir')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return file
}

/**
 * A lake of `articles` generated articles under `cacheDir`, imported once and reused while the
 * generator and the demo data are unchanged (importing 10,000 articles takes minutes).
 */
export function generatedLake(articles: number, cacheDir: string): Lake {
  const version = createHash('sha1')
    .update(readFileSync(new URL(import.meta.url)))
    .update(readFileSync(DEMO))
    .digest('hex')
    .slice(0, 10)
  const dir = path.join(cacheDir, `lake-${articles}-${version}`)
  const ready = path.join(dir, 'ready')
  if (!existsSync(ready)) {
    rmSync(dir, { recursive: true, force: true })
    const file = writeDataset(articles, path.join(dir, 'ndjson'))
    openLake({ dataDir: path.join(dir, 'lake'), seedFile: file }).close()
    writeFileSync(ready, new Date().toISOString())
  }
  return openLake({ dataDir: path.join(dir, 'lake') })
}

// `tsx scripts/bench/generate.ts 1000 DIR`: writes DIR/data.ndjson (for `content:import`).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2])
  const dir = process.argv[3]
  if (!Number.isInteger(count) || count < 1 || !dir) {
    console.error('Usage : tsx scripts/bench/generate.ts NOMBRE_D_ARTICLES DOSSIER')
    process.exit(1)
  }
  const file = writeDataset(count, dir)
  console.log(`${file} : ${count} articles`)
}
