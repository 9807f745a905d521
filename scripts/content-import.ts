/**
 * Imports an NDJSON export (`sanity dataset export` form) into the embedded lake, in one
 * transaction. Usage: npm run content:import -- FILE [--replace | --missing]
 * The lake is opened without the demo seed: importing into an empty lake imports only FILE.
 */
import path from 'node:path'

import {
  defaultDataDir,
  openLake,
  LakeError,
  NdjsonLineError,
  type ImportOptions,
} from '@/lib/lake'

const FRENCH: Record<LakeError['code'], string> = {
  conflict: 'un document du fichier existe déjà (--replace pour écraser, --missing pour ignorer)',
  notFound: 'fichier ou document introuvable',
  invalid: 'contenu refusé',
}

function main(): number {
  const args = process.argv.slice(2)
  const file = args.find((arg) => !arg.startsWith('--'))
  if (!file) {
    console.error('Usage : npm run content:import -- FICHIER.ndjson [--replace | --missing]')
    return 1
  }
  const mode: ImportOptions['mode'] = args.includes('--replace')
    ? 'replace'
    : args.includes('--missing')
      ? 'missing'
      : 'create'
  const tty = process.stdout.isTTY
  try {
    const result = openLake({ dataDir: defaultDataDir() }).importNdjson(path.resolve(file), {
      mode,
      author: 'content:import',
      onProgress: ({ phase, done, total }) => {
        if (done === total) process.stdout.write(`${tty ? '\r' : ''}${phase} : ${done}/${total}\n`)
        else if (tty) process.stdout.write(`\r${phase} : ${done}/${total}`)
      },
    })
    console.log(
      `Import terminé : ${result.documents} documents, ${result.assets} assets ` +
        `(transaction ${result.transactionId}).`,
    )
    return 0
  } catch (error) {
    if (error instanceof NdjsonLineError) {
      console.error(`Import annulé, rien n’a été écrit. ${error.message}`)
    } else if (error instanceof LakeError) {
      console.error(`Import annulé, rien n’a été écrit : ${FRENCH[error.code]} (${error.message}).`)
    } else {
      console.error('Import annulé, erreur inattendue :', error)
    }
    return 1
  }
}

process.exitCode = main()
