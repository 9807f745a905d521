import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

/*
 * The public URL of the site (NEXT_PUBLIC_SITE_URL) as `npm start` decides it. Pages, sitemap,
 * feeds and mails all build their absolute links on it, and prerendered pages keep the URL they
 * were built with, so the build records it (next.config.ts) and `npm start` rebuilds when it
 * changes. No `server-only` here: scripts/start.ts and next.config.ts import it.
 */

/** The file, in the build directory, that holds the site URL the build was made for. */
export const BUILT_FOR_FILE = 'kiosque-site-url'

/** What the server is told to listen on: the `--port`/`--hostname` options or PORT/HOSTNAME. */
export interface ListenOptions {
  port?: string
  hostname?: string
}

/** The site URL to use, or a French message saying why none can be chosen. */
export type SiteUrlChoice =
  | { ok: true; siteUrl: string; from: 'NEXT_PUBLIC_SITE_URL' | 'listen' }
  | { ok: false; error: string }

const portSchema = z.coerce
  .number({ message: 'nombre attendu' })
  .int({ message: 'nombre entier attendu' })
  .min(1, { message: 'entre 1 et 65535' })
  .max(65_535, { message: 'entre 1 et 65535' })

const siteUrlSchema = z.url({ protocol: /^https?$/, message: 'URL http(s) absolue attendue' })

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i

/** True for a host name that only this machine can reach. */
export function isLoopback(hostname: string): boolean {
  return LOOPBACK.test(hostname.trim())
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

/**
 * Chooses the public URL of a production server. NEXT_PUBLIC_SITE_URL wins when set. Without
 * it, a server listening on loopback (or on every interface with no `--hostname`, the local
 * default) is its own public URL: `http://localhost:<port>`, or the loopback address given.
 * A server listening on another host is reached through an address only its operator knows,
 * so NEXT_PUBLIC_SITE_URL is then required.
 */
export function chooseSiteUrl(
  env: Record<string, string | undefined>,
  listen: ListenOptions = {},
): SiteUrlChoice {
  const configured = nonEmpty(env.NEXT_PUBLIC_SITE_URL)
  if (configured) {
    const parsed = siteUrlSchema.safeParse(configured)
    if (!parsed.success) {
      return {
        ok: false,
        error: `NEXT_PUBLIC_SITE_URL invalide (« ${configured} ») : ${parsed.error.issues[0]?.message}, par exemple https://kiosque.example`,
      }
    }
    return { ok: true, siteUrl: configured.replace(/\/+$/, ''), from: 'NEXT_PUBLIC_SITE_URL' }
  }
  const rawPort = nonEmpty(listen.port) ?? nonEmpty(env.PORT) ?? '3000'
  const port = portSchema.safeParse(rawPort)
  if (!port.success) {
    return {
      ok: false,
      error: `Port invalide (« ${rawPort} ») : ${port.error.issues[0]?.message}.`,
    }
  }
  const hostname = nonEmpty(listen.hostname) ?? nonEmpty(env.HOSTNAME)
  if (hostname && !isLoopback(hostname)) {
    return {
      ok: false,
      error:
        `NEXT_PUBLIC_SITE_URL est obligatoire quand le site écoute sur « ${hostname} » : ` +
        'indiquez l’adresse publique du site, celle que les lecteurs et les liens des courriels ' +
        'utiliseront, par exemple NEXT_PUBLIC_SITE_URL=https://kiosque.example npm start.',
    }
  }
  const host = !hostname
    ? 'localhost'
    : hostname.includes(':') && !hostname.startsWith('[')
      ? `[${hostname}]`
      : hostname
  return { ok: true, siteUrl: `http://${host.toLowerCase()}:${port.data}`, from: 'listen' }
}

/** The site URL a build in `distDir` was made for, if it recorded one. */
export function builtSiteUrl(distDir: string): string | undefined {
  const file = path.join(distDir, BUILT_FOR_FILE)
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined
}

/** Records, in the build directory, the site URL the build is made for. */
export function recordBuiltSiteUrl(distDir: string, siteUrl: string): void {
  writeFileSync(path.join(distDir, BUILT_FOR_FILE), `${siteUrl}\n`)
}
