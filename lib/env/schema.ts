import { z } from 'zod'

/**
 * The environment as the application sees it, validated once. No secret is required: with no
 * Sanity project configured the site runs on the embedded content lake.
 */
const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional()

const baseSchema = z.object({
  NEXT_PUBLIC_SITE_URL: z
    .url({ message: 'doit être une URL absolue, par exemple https://kiosque.example' })
    .default('http://localhost:3000'),
  KIOSQUE_DATA_DIR: optionalString,
  NEXT_PUBLIC_SANITY_PROJECT_ID: optionalString.pipe(
    z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/, {
        message: 'identifiant de projet Sanity invalide (minuscules, chiffres et tirets)',
      })
      .optional(),
  ),
  NEXT_PUBLIC_SANITY_DATASET: z
    .string()
    .regex(/^[a-z0-9_-]{1,64}$/, {
      message: 'nom de dataset invalide (minuscules, chiffres, « _ » et « - »)',
    })
    .default('production'),
  NEXT_PUBLIC_SANITY_API_VERSION: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2}|v\d+|X)$/, { message: 'version d’API attendue au format AAAA-MM-JJ' })
    .default('2025-10-01'),
  SANITY_API_READ_TOKEN: optionalString,
  SANITY_API_WRITE_TOKEN: optionalString,
  SANITY_REVALIDATE_SECRET: optionalString,
})

export type RawEnv = z.infer<typeof baseSchema>

/** Embedded lake (default) or hosted Content Lake, decided by the presence of a project id. */
export type AppEnv =
  | {
      mode: 'embedded'
      siteUrl: string
      dataDir: string | undefined
      revalidateSecret: string | undefined
    }
  | {
      mode: 'sanity'
      siteUrl: string
      dataDir: string | undefined
      revalidateSecret: string | undefined
      projectId: string
      dataset: string
      apiVersion: string
      readToken: string | undefined
      writeToken: string | undefined
    }

export class EnvError extends Error {
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(
      'Configuration invalide :\n' +
        issues.map((issue) => `  - ${issue.variable} : ${issue.message}`).join('\n'),
    )
    this.name = 'EnvError'
  }
}

/** Parses an environment (defaults to `process.env`); throws an `EnvError` naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): AppEnv {
  const result = baseSchema.safeParse(source)
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? '?'),
        message: issue.message,
      })),
    )
  }
  const raw = result.data
  const common = {
    siteUrl: raw.NEXT_PUBLIC_SITE_URL.replace(/\/+$/, ''),
    dataDir: raw.KIOSQUE_DATA_DIR,
    revalidateSecret: raw.SANITY_REVALIDATE_SECRET,
  }
  if (!raw.NEXT_PUBLIC_SANITY_PROJECT_ID) return { mode: 'embedded', ...common }
  return {
    mode: 'sanity',
    ...common,
    projectId: raw.NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: raw.NEXT_PUBLIC_SANITY_DATASET,
    apiVersion: raw.NEXT_PUBLIC_SANITY_API_VERSION,
    readToken: raw.SANITY_API_READ_TOKEN,
    writeToken: raw.SANITY_API_WRITE_TOKEN,
  }
}
