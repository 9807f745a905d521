/**
 * Empties the data directory named by KIOSQUE_DATA_DIR so the next start seeds the demo
 * dataset afresh. Refuses to touch anything outside the project's .data folder.
 */
import { rmSync } from 'node:fs'
import path from 'node:path'

const dataDir = process.env.KIOSQUE_DATA_DIR
const root = path.resolve('.data')
if (!dataDir) {
  console.error('KIOSQUE_DATA_DIR n’est pas défini : rien à réinitialiser.')
  process.exit(1)
}
const target = path.resolve(dataDir)
if (!target.startsWith(root + path.sep)) {
  console.error(
    `Refus de supprimer ${target} : seul un sous-dossier de ${root} peut être réinitialisé.`,
  )
  process.exit(1)
}
rmSync(target, { recursive: true, force: true })
console.log(`Données de test réinitialisées : ${path.relative(process.cwd(), target)}`)
