import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import path from 'node:path'

import { expect, type Page } from '@playwright/test'

import { openLake, type Lake, type LakeDocument } from '../../../lib/lake'
import { baseURL, e2eDataDir } from '../../../playwright.config'

/** The e2e server's data directory (E2E_DATA_DIR when the specs run against another server). */
export const dataDir = process.env.E2E_DATA_DIR
  ? path.resolve(process.env.E2E_DATA_DIR)
  : e2eDataDir

const bin = (name: string) => path.resolve('node_modules/.bin', name)

let lake: Lake | undefined
/** The server's lake, opened from the spec process (writes are visible to the server at once). */
export function storeLake(): Lake {
  lake ??= openLake({ dataDir })
  return lake
}

/** A comment as stored, read straight from the lake (not through the site). */
export function storedComment(id: string): LakeDocument | null {
  return storeLake().getDocuments([id])[0] ?? null
}

/** Creates a moderator account with the real `npm run moderator:add` script. */
export function addModerator(account: { name: string; email: string; password: string }): void {
  execFileSync(
    bin('tsx'),
    [
      'scripts/moderator-add.ts',
      '--name',
      account.name,
      '--email',
      account.email,
      '--password',
      account.password,
    ],
    { env: { ...process.env, KIOSQUE_DATA_DIR: dataDir }, stdio: 'pipe' },
  )
}

/** Calls the real `announcePendingComment` for a stored comment (see ./announce.ts). */
export function announce(commentId: string): void {
  execFileSync(
    bin('tsx'),
    ['--import', './tests/e2e/helpers/server-only.ts', 'tests/e2e/helpers/announce.ts', commentId],
    {
      // The server's public URL, as `npm start` chose it for the e2e server (lib/env/site-url.ts).
      env: {
        ...process.env,
        KIOSQUE_DATA_DIR: dataDir,
        NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL || baseURL,
      },
      stdio: 'pipe',
    },
  )
}

/** Stores a pending comment on an article, as a reader's submission would. */
export function seedPendingComment(
  articleId: string,
  fields: { authorName: string; authorEmail: string; body: string },
): string {
  const id = `comment.${randomUUID()}`
  const at = new Date().toISOString()
  storeLake().mutate(
    [
      {
        create: {
          _id: id,
          _type: 'comment',
          article: { _type: 'reference', _ref: articleId },
          ...fields,
          status: 'pending',
          votes: 0,
          createdAt: at,
          moderation: [
            {
              _key: randomUUID().slice(0, 12),
              _type: 'moderationEvent',
              action: 'submitted',
              by: fields.authorName,
              at,
            },
          ],
        },
      },
    ],
    { author: 'e2e' },
  )
  return id
}

/** Logs in through the form. */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/moderation/connexion')
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe').fill(password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await expect(page.getByRole('heading', { name: 'File de modération' })).toBeVisible()
}

/** The queue item of a comment. */
export function item(page: Page, commentId: string) {
  return page.locator(`[data-comment-id="${commentId}"]`)
}
