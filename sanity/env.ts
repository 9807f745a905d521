/**
 * Public, client-safe Sanity settings. Each `process.env.NEXT_PUBLIC_…` access is written out
 * literally so Next inlines it in client bundles. Never throws: without a project id the site runs
 * on the embedded content store (server-side validation lives in lib/env.ts).
 */

export const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || ''

export const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET || 'production'

export const apiVersion = process.env.NEXT_PUBLIC_SANITY_API_VERSION || '2025-10-01'

/** True once a Content Lake project is configured; otherwise the embedded store is used. */
export const isSanityConfigured = projectId.length > 0

/**
 * Project id given to the Studio and CLI configs. The placeholder only lets offline commands such
 * as `sanity schema extract` load the config; nothing is sent to a project named after it.
 */
export const studioProjectId = projectId || 'kiosque'

/** Project id the embedded lake's API answers for (its `LAKE_API_PROJECT_ID` default). */
export const lakeApiProjectId = 'kiosque-local'

/** Where `npm run lake:api` listens by default; the /studio page passes the configured one. */
export const defaultLakeApiUrl = 'https://127.0.0.1:3333'
