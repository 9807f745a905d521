import { randomUUID } from 'node:crypto'
import type { DatabaseSync } from 'node:sqlite'

import { z } from 'zod'

import { privateTransaction } from '@/lib/private/db'

import { hashPassword, MIN_PASSWORD_LENGTH } from './password'
import { ROLES, type Role } from './schema'

/** A moderation account as the application sees it (never the password hash). */
export interface Moderator {
  id: string
  name: string
  email: string
  role: Role
}

/** What `npm run moderator:add` asks for; French messages, shown as is. */
export const newModeratorSchema = z.object({
  name: z.string().trim().min(1, { message: 'le nom est obligatoire' }).max(80, {
    message: 'le nom compte au plus 80 caractères',
  }),
  email: z.email({ message: 'adresse e-mail invalide' }).trim().toLowerCase(),
  password: z.string().min(MIN_PASSWORD_LENGTH, {
    message: `le mot de passe compte au moins ${MIN_PASSWORD_LENGTH} caractères`,
  }),
  role: z
    .enum(ROLES, { message: 'rôle attendu : moderator, editor ou admin' })
    .default('moderator'),
})

export type NewModerator = z.input<typeof newModeratorSchema>

function toModerator(row: Record<string, unknown> | undefined): Moderator | null {
  if (!row) return null
  const role = ROLES.find((value) => value === row.role)
  if (!role) return null
  return { id: String(row.id), name: String(row.name), email: String(row.email), role }
}

/** Creates an account; throws a French error when the e-mail is taken or input is invalid. */
export async function createModerator(db: DatabaseSync, input: NewModerator): Promise<Moderator> {
  const data = newModeratorSchema.parse(input)
  const passwordHash = await hashPassword(data.password)
  const id = randomUUID()
  return privateTransaction(db, () => {
    if (findModeratorByEmail(db, data.email)) {
      throw new Error(`Un compte existe déjà pour ${data.email}.`)
    }
    db.prepare(
      'INSERT INTO moderators (id, name, email, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(id, data.name, data.email, passwordHash, data.role, new Date().toISOString())
    return { id, name: data.name, email: data.email, role: data.role }
  })
}

/** The account of an e-mail (case-insensitive), with its password hash for the login check. */
export function findModeratorByEmail(
  db: DatabaseSync,
  email: string,
): (Moderator & { passwordHash: string }) | null {
  const row = db
    .prepare('SELECT * FROM moderators WHERE email = ? COLLATE NOCASE')
    .get(email.trim().toLowerCase())
  const moderator = toModerator(row)
  return moderator && row ? { ...moderator, passwordHash: String(row.password_hash) } : null
}

/** The account of an id, or null once it has been removed. */
export function getModeratorById(db: DatabaseSync, id: string): Moderator | null {
  return toModerator(db.prepare('SELECT * FROM moderators WHERE id = ?').get(id))
}

/** Accounts that receive pending-comment mails: moderators and administrators. */
export function listNotifiedModerators(db: DatabaseSync): Moderator[] {
  return db
    .prepare("SELECT * FROM moderators WHERE role IN ('moderator', 'admin') ORDER BY created_at")
    .all()
    .flatMap((row) => toModerator(row) ?? [])
}
