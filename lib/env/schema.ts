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
    .regex(/^(\d{4}-\d{2}-\d{2}|v\d+|X)$/, {
      message: 'version d’API attendue au format AAAA-MM-JJ',
    })
    .default('2025-10-01'),
  SANITY_API_HOST: optionalString.pipe(
    z
      .url({
        protocol: /^https?$/,
        message: 'URL d’API attendue, par exemple https://127.0.0.1:3333',
      })
      .optional(),
  ),
  SANITY_API_READ_TOKEN: optionalString,
  SANITY_API_WRITE_TOKEN: optionalString,
  SANITY_REVALIDATE_SECRET: optionalString,
  KIOSQUE_SECRET: optionalString.pipe(
    z.string().min(32, { message: 'doit compter au moins 32 caractères' }).optional(),
  ),
  SMTP_URL: optionalString.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, {
        message: 'URL SMTP attendue, par exemple smtp://user:pass@hôte:587',
      })
      .optional(),
  ),
  MAIL_FROM: z
    .string()
    .trim()
    .regex(/^[^\r\n]+$/, { message: 'ne doit pas contenir de retour à la ligne' })
    .default('Kiosque <no-reply@kiosque.example>'),
  MODERATORS_EMAIL: optionalString,
  MODERATION_MAIL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .enum(['each', 'digest'], {
        message: 'each (un courriel par commentaire en attente) ou digest (un récapitulatif)',
      })
      .default('each'),
  ),
  MODERATION_DIGEST_MINUTES: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.coerce
      .number({ message: 'nombre de minutes attendu' })
      .int({ message: 'nombre entier de minutes attendu' })
      .min(5, { message: 'au moins 5 minutes' })
      .max(1440, { message: 'au plus 1 440 minutes (un jour)' })
      .default(60),
  ),
  LAKE_API_PORT: z.coerce
    .number({ message: 'port attendu (nombre entre 1 et 65535)' })
    .int({ message: 'port attendu (nombre entre 1 et 65535)' })
    .min(1, { message: 'port attendu (nombre entre 1 et 65535)' })
    .max(65_535, { message: 'port attendu (nombre entre 1 et 65535)' })
    .default(3333),
  LAKE_API_URL: optionalString.pipe(
    z
      .url({ message: 'doit être une URL https absolue, par exemple https://127.0.0.1:3333' })
      .regex(/^https:\/\//, { message: 'doit commencer par https:// (l’API parle HTTP/2 sur TLS)' })
      .optional(),
  ),
  TRUSTED_PROXY_HEADER: optionalString.pipe(
    z
      .string()
      .regex(/^[a-z0-9-]+$/i, {
        message: 'nom d’en-tête HTTP attendu, par exemple x-forwarded-for',
      })
      .optional(),
  ),
  REDIS_URL: optionalString.pipe(
    z
      .url({ message: 'doit être une URL redis://hôte:port, par exemple redis://127.0.0.1:6379' })
      .regex(/^rediss?:\/\//, { message: 'doit commencer par redis:// ou rediss://' })
      .optional(),
  ),
})

export type RawEnv = z.infer<typeof baseSchema>

/** Settings shared by both content modes. */
interface CommonEnv {
  siteUrl: string
  dataDir: string | undefined
  revalidateSecret: string | undefined
  /** Signs tokens and cookies; generated and kept in the data directory when unset. */
  secret: string | undefined
  /** SMTP server; without it mail is written as .eml files to the outbox folder. */
  smtpUrl: string | undefined
  mailFrom: string
  /** Where pending-comment notifications go (comma-separated addresses). */
  moderatorsEmail: string | undefined
  /** One mail per pending comment, or a digest every `moderationDigestMinutes`. */
  moderationMail: 'each' | 'digest'
  moderationDigestMinutes: number
  /** The one header trusted for the client IP (set by your reverse proxy), if any. */
  trustedProxyHeader: string | undefined
  /** The embedded lake's API as the editors' browsers reach it (the Studio's `apiHost`). */
  lakeApiUrl: string
  /** Redis shared by every instance for Next's cache tags; without it each process is alone. */
  redisUrl: string | undefined
}

/** Embedded lake (default) or hosted Content Lake, decided by the presence of a project id. */
export type AppEnv =
  | ({ mode: 'embedded' } & CommonEnv)
  | ({
      mode: 'sanity'
      projectId: string
      dataset: string
      apiVersion: string
      /** A Content-Lake-compatible API of your own (`npm run lake:api`, a test stand-in). */
      apiHost: string | undefined
      readToken: string | undefined
      writeToken: string | undefined
    } & CommonEnv)

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
  const common: CommonEnv = {
    siteUrl: raw.NEXT_PUBLIC_SITE_URL.replace(/\/+$/, ''),
    dataDir: raw.KIOSQUE_DATA_DIR,
    revalidateSecret: raw.SANITY_REVALIDATE_SECRET,
    secret: raw.KIOSQUE_SECRET,
    smtpUrl: raw.SMTP_URL,
    mailFrom: raw.MAIL_FROM,
    moderatorsEmail: raw.MODERATORS_EMAIL,
    moderationMail: raw.MODERATION_MAIL,
    moderationDigestMinutes: raw.MODERATION_DIGEST_MINUTES,
    trustedProxyHeader: raw.TRUSTED_PROXY_HEADER?.toLowerCase(),
    lakeApiUrl: (raw.LAKE_API_URL ?? `https://127.0.0.1:${raw.LAKE_API_PORT}`).replace(/\/+$/, ''),
    redisUrl: raw.REDIS_URL,
  }
  if (!raw.NEXT_PUBLIC_SANITY_PROJECT_ID) return { mode: 'embedded', ...common }
  return {
    mode: 'sanity',
    ...common,
    projectId: raw.NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: raw.NEXT_PUBLIC_SANITY_DATASET,
    apiVersion: raw.NEXT_PUBLIC_SANITY_API_VERSION,
    apiHost: raw.SANITY_API_HOST?.replace(/\/+$/, ''),
    readToken: raw.SANITY_API_READ_TOKEN,
    writeToken: raw.SANITY_API_WRITE_TOKEN,
  }
}
