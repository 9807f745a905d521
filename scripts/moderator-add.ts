/**
 * `npm run moderator:add`: creates a moderation account in the private database of
 * KIOSQUE_DATA_DIR (default .data). Asks for name, e-mail and password, or takes them from
 * `--name --email --password --role` (or MODERATOR_NAME, MODERATOR_EMAIL, MODERATOR_PASSWORD,
 * MODERATOR_ROLE) for automation. There is no default password.
 */
import { createInterface } from 'node:readline/promises'
import { Writable } from 'node:stream'
import { parseArgs } from 'node:util'

import { z } from 'zod'

import { createModerator, newModeratorSchema } from '../lib/moderation/accounts'
import { closePrivateDbs, openPrivateDb } from '../lib/private/db'

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
    role: { type: 'string' },
  },
})

async function ask(question: string, hidden = false): Promise<string> {
  let muted = false
  // A password is typed into a muted copy of stdout, so it never shows on screen.
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk)
      done()
    },
  })
  const rl = createInterface({ input: process.stdin, output, terminal: true })
  process.stdout.write(question)
  muted = hidden
  const answer = await rl.question('')
  rl.close()
  if (hidden) process.stdout.write('\n')
  return hidden ? answer : answer.trim()
}

async function main(): Promise<void> {
  const interactive = process.stdin.isTTY
  const pick = async (
    flag: string | undefined,
    env: string | undefined,
    question: string,
    hidden = false,
  ) => flag ?? env ?? (interactive ? ask(question, hidden) : '')
  const name = await pick(values.name, process.env.MODERATOR_NAME, 'Nom affiché : ')
  const email = await pick(values.email, process.env.MODERATOR_EMAIL, 'Adresse e-mail : ')
  let password = await pick(
    values.password,
    process.env.MODERATOR_PASSWORD,
    'Mot de passe (12 caractères au moins) : ',
    true,
  )
  if (interactive && !values.password && !process.env.MODERATOR_PASSWORD) {
    const again = await ask('Confirmez le mot de passe : ', true)
    if (again !== password) password = ''
    if (!password) throw new Error('Les deux mots de passe diffèrent.')
  }
  const role = values.role ?? process.env.MODERATOR_ROLE ?? undefined
  const input = newModeratorSchema.safeParse({ name, email, password, role })
  if (!input.success) {
    throw new Error(input.error.issues.map((issue) => `- ${issue.message}`).join('\n'))
  }
  const dataDir = process.env.KIOSQUE_DATA_DIR || '.data'
  const moderator = await createModerator(openPrivateDb(dataDir), input.data)
  console.log(
    `Compte créé : ${moderator.name} <${moderator.email}>, rôle ${moderator.role} (${dataDir}).`,
  )
}

main()
  .catch((error: unknown) => {
    console.error(
      error instanceof z.ZodError || error instanceof Error ? error.message : String(error),
    )
    process.exitCode = 1
  })
  .finally(closePrivateDbs)
