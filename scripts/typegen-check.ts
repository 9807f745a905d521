/**
 * Fails when the committed `schema.json` or `sanity.types.ts` differ from what the schema and
 * the queries generate now (a schema field or a query changed without `npm run typegen`).
 * Regenerates into the working tree, compares, and restores the committed files either way.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

const FILES = ['schema.json', 'sanity.types.ts']
const before = new Map(FILES.map((file) => [file, readFileSync(file, 'utf8')]))

const run = spawnSync('npm', ['run', '--silent', 'typegen'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, DO_NOT_TRACK: '1' },
})

const stale = FILES.filter((file) => readFileSync(file, 'utf8') !== before.get(file))
for (const [file, content] of before) writeFileSync(file, content)

if (run.status !== 0) {
  console.error('La génération des types Sanity a échoué (npm run typegen).')
  process.exit(1)
}
if (stale.length > 0) {
  console.error(
    `Types Sanity périmés : ${stale.join(', ')}. Lancez « npm run typegen » et committez le résultat.`,
  )
  process.exit(1)
}
console.log('Types Sanity à jour (schema.json, sanity.types.ts).')
