import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildDemoDataset } from './dataset'

// Writes content/demo/ from scratch so that removed images do not linger.
const root = join(import.meta.dirname, '..', '..', 'content', 'demo')
const imageDir = join(root, 'images')
const { documents, ndjson, images } = buildDemoDataset()

mkdirSync(imageDir, { recursive: true })
for (const file of readdirSync(imageDir)) {
  if (file.endsWith('.png') && !images.has(file)) rmSync(join(imageDir, file))
}
for (const [file, bytes] of images) writeFileSync(join(imageDir, file), bytes)
writeFileSync(join(root, 'data.ndjson'), ndjson)

const counts = Object.entries(
  documents.reduce<Record<string, number>>((acc, doc) => {
    acc[doc._type] = (acc[doc._type] ?? 0) + 1
    return acc
  }, {}),
)
console.log(`content/demo/data.ndjson : ${documents.length} documents, ${images.size} images`)
console.log(counts.map(([type, n]) => `  ${type} ${n}`).join('\n'))
