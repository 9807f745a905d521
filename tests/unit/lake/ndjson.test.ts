import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { assetFilePath, NdjsonLineError, parseNdjson, type Lake } from '@/lib/lake'

import { png, tempDir, tempLake } from './helpers'

function lineError(run: () => unknown): NdjsonLineError {
  try {
    run()
  } catch (error) {
    if (error instanceof NdjsonLineError) return error
    throw error
  }
  throw new Error('expected an NdjsonLineError')
}

/** Writes an export folder: data.ndjson plus images/. */
function exportFolder(lines: object[], images: Record<string, Buffer> = {}): string {
  const dir = tempDir()
  mkdirSync(path.join(dir, 'images'))
  for (const [name, bytes] of Object.entries(images))
    writeFileSync(path.join(dir, 'images', name), bytes)
  writeFileSync(
    path.join(dir, 'data.ndjson'),
    lines.map((line) => JSON.stringify(line)).join('\n') + '\n',
  )
  return path.join(dir, 'data.ndjson')
}

const portrait = (file: string) => ({
  _type: 'image',
  alt: 'Portrait',
  _sanityAsset: `image@file://./images/${file}`,
})

describe('NDJSON parsing', () => {
  it('names the line and the problem, in French with the precise cause', () => {
    const ok = '{"_id":"a","_type":"t"}'
    expect(lineError(() => parseNdjson(`${ok}\n\n{"_id": "b",`)).message).toMatch(
      /^Ligne 3 : JSON invalide \(.+\)$/,
    )
    const missing = lineError(() => parseNdjson(`${ok}\n{"_id":"b"}`))
    expect(missing.line).toBe(2)
    expect(missing.message).toMatch(/^Ligne 2 : champ « _type » manquant \(_type: .+\)$/)
    expect(lineError(() => parseNdjson(`${ok}\n{"_id":3,"_type":"t"}`)).message).toMatch(
      /Ligne 2 : champ « _id » invalide/,
    )
    expect(lineError(() => parseNdjson('[1]')).message).toMatch(
      /Ligne 1 : un document JSON \(objet\) est attendu/,
    )
    expect(lineError(() => parseNdjson(`${ok}\n${ok}`)).message).toMatch(
      /Ligne 2 : identifiant « a » déjà présent ligne 1/,
    )
  })
})

describe('NDJSON import', () => {
  it('uploads _sanityAsset images and references them, in one transaction', async () => {
    const lake = tempLake()
    const file = exportFolder(
      [
        { _id: 'person-a', _type: 'person', portrait: portrait('a.png') },
        { _id: 'drafts.person-a', _type: 'person', portrait: portrait('a.png') },
      ],
      { 'a.png': png(4, 2) },
    )
    const phases: string[] = []
    const result = lake.importNdjson(file, { onProgress: ({ phase }) => phases.push(phase) })
    expect(result).toMatchObject({ documents: 2, assets: 1, skipped: false })
    expect(phases).toContain('assets')
    const person = await lake.query<{ portrait: Record<string, unknown> }>(
      '*[_id == "person-a"][0]',
    )
    expect(person.portrait).toEqual({
      _type: 'image',
      alt: 'Portrait',
      asset: { _type: 'reference', _ref: expect.stringMatching(/^image-[0-9a-f]{40}-4x2-png$/) },
    })
    expect(await lake.query('*[_id == "person-a"][0].portrait.asset->url')).toMatch(
      /^\/media\/images\/[0-9a-f]{40}-4x2\.png$/,
    )
    expect(lake.transactionsSince(0)).toHaveLength(1)
  })

  it('writes nothing when a line is wrong or an asset is missing', () => {
    const lake = tempLake()
    const bad = exportFolder([
      { _id: 'a', _type: 't' },
      { _id: 'b', _type: 't', image: portrait('absent.png') },
    ])
    expect(lineError(() => lake.importNdjson(bad)).message).toMatch(
      /^Ligne 2 : fichier d’asset introuvable/,
    )
    const conflict = exportFolder([
      { _id: 'a', _type: 't' },
      { _id: 'a2', _type: 't' },
    ])
    lake.mutate([{ create: { _id: 'a2', _type: 't' } }])
    expect(() => lake.importNdjson(conflict)).toThrow(/already exists/)
    expect(lake.getDocuments(['a', 'b'])).toEqual([null, null])
    expect(lake.importNdjson(conflict, { mode: 'replace' }).documents).toBe(2)
  })

  it('refuses assets outside the NDJSON folder', () => {
    const lake = tempLake()
    const file = exportFolder([{ _id: 'a', _type: 't', image: portrait('../../etc/passwd') }])
    expect(lineError(() => lake.importNdjson(file)).message).toMatch(/hors du dossier/)
  })
})

describe('assets', () => {
  it('putAsset creates a Sanity-shaped image asset and dedupes by sha1', () => {
    const lake = tempLake()
    const bytes = png(30, 20)
    const first = lake.putAsset(bytes, { kind: 'image', filename: 'photo.png' })
    const second = lake.putAsset(bytes, { kind: 'image', filename: 'copie.png' })
    expect(second).toEqual(first)
    expect(first).toMatchObject({
      _type: 'sanity.imageAsset',
      extension: 'png',
      mimeType: 'image/png',
      originalFilename: 'photo.png',
      size: bytes.byteLength,
      metadata: {
        dimensions: { _type: 'sanity.imageDimensions', width: 30, height: 20, aspectRatio: 1.5 },
      },
    })
    const sha1 = first.sha1hash as string
    expect(first._id).toBe(`image-${sha1}-30x20-png`)
    expect(first.assetId).toBe(sha1)
    expect(first.url).toBe(`/media/images/${sha1}-30x20.png`)
    expect(readdirSync(path.join(lake.dataDir, 'assets', 'images'))).toEqual([`${sha1}-30x20.png`])
    expect(lake.transactionsSince(0)).toHaveLength(1)
    const other = lake.putAsset(png(30, 20, 7), { kind: 'image' })
    expect(other._id).not.toBe(first._id)
  })

  it('stores plain files under files/', () => {
    const lake = tempLake()
    const asset = lake.putAsset(Buffer.from('%PDF-1.4 test'), {
      kind: 'file',
      filename: 'note.PDF',
    })
    expect(asset).toMatchObject({
      _type: 'sanity.fileAsset',
      extension: 'pdf',
      mimeType: 'application/pdf',
    })
    expect(asset._id).toBe(`file-${asset.sha1hash}-pdf`)
    expect(existsSync(assetFilePath(lake.dataDir, 'file', `${asset.sha1hash}.pdf`)!)).toBe(true)
  })

  it('assetFilePath accepts only names the lake writes', () => {
    const sha = 'a'.repeat(40)
    expect(assetFilePath('/data', 'image', `${sha}-3x2.png`)).toBe(
      `/data/assets/images/${sha}-3x2.png`,
    )
    for (const name of [
      '../lake.db',
      `${sha}-3x2.png/../../x`,
      `..%2F${sha}.png`,
      `${sha}.png`,
      '',
    ]) {
      expect(assetFilePath('/data', 'image', name), name).toBeNull()
    }
    expect(assetFilePath('/data', 'file', `../${sha}.pdf`)).toBeNull()
  })
})

describe('export', () => {
  async function contentOf(lake: Lake) {
    const docs = await lake.query<Record<string, unknown>[]>(
      '*[!(_type match "sanity.*")]',
      {},
      { perspective: 'raw' },
    )
    return docs.map((doc) => {
      const { _rev, _updatedAt, ...rest } = doc
      void _rev
      void _updatedAt
      return rest
    })
  }

  it('round-trips: export then import gives the same documents and assets', async () => {
    const source = tempLake()
    const file = exportFolder(
      [
        {
          _id: 'person-a',
          _type: 'person',
          portrait: portrait('a.png'),
          tags: [{ _key: 'k', image: portrait('b.png') }],
        },
        { _id: 'drafts.person-a', _type: 'person', name: 'Brouillon' },
        {
          _id: 'article-1',
          _type: 'article',
          interviewee: { _type: 'reference', _ref: 'person-a' },
        },
      ],
      { 'a.png': png(3, 3), 'b.png': png(5, 1, 9) },
    )
    source.importNdjson(file)
    const out = path.join(tempDir(), 'export')
    const result = await source.exportNdjson(out)
    expect(result).toMatchObject({ documents: 3, assets: 2 })
    const text = readFileSync(path.join(out, 'data.ndjson'), 'utf8')
    expect(text).not.toContain('sanity.imageAsset')
    expect(text).toMatch(/"_sanityAsset":"image@file:\/\/\.\/images\/[0-9a-f]{40}-3x3\.png"/)
    expect(readdirSync(path.join(out, 'images'))).toHaveLength(2)

    const copy = tempLake()
    copy.importNdjson(path.join(out, 'data.ndjson'))
    expect(await contentOf(copy)).toEqual(await contentOf(source))
    const assets =
      '*[_type == "sanity.imageAsset"] | order(_id) {_id, sha1hash, size, url, metadata}'
    expect(await copy.query(assets, {}, { perspective: 'raw' })).toEqual(
      await source.query(assets, {}, { perspective: 'raw' }),
    )

    const published = await source.exportNdjson(path.join(tempDir(), 'published'), {
      drafts: false,
    })
    expect(published.documents).toBe(2)
  })
})
