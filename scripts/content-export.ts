/**
 * Exports the embedded lake to DIR (default `export/`): `data.ndjson`, `images/`, `files/`, in
 * the form `sanity dataset import` reads. Usage: npm run content:export -- [DIR] [--no-drafts]
 */
import path from 'node:path'

import { defaultDataDir, openLake } from '@/lib/lake'

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  const dir = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? 'export')
  try {
    const result = await openLake({ dataDir: defaultDataDir() }).exportNdjson(dir, {
      drafts: !args.includes('--no-drafts'),
    })
    const shown = path.relative(process.cwd(), dir)
    const where = shown && !shown.startsWith('..') ? shown : dir
    console.log(
      `Export terminé : ${result.documents} documents et ${result.assets} assets dans ${where}/`,
    )
    return 0
  } catch (error) {
    console.error('Export impossible :', error instanceof Error ? error.message : error)
    return 1
  }
}

process.exitCode = await main()
