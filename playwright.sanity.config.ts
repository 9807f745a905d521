import { defineConfig } from '@playwright/test'

import base, { baseURL, e2eDataDir, lakeApiPort, port } from './playwright.config'

/*
 * `npm run test:e2e:sanity`: the e2e suite with the site in Sanity mode, its Content Lake being
 * the lake API over the demo data (scripts/e2e-sanity-site.ts). The API and the site share the
 * data directory, so the specs read and seed the upstream store exactly as in embedded mode.
 * Never reuses a running server: it could be an embedded-mode one on the same port.
 */
const sanityApiHost = `https://127.0.0.1:${lakeApiPort}`
// Read by the specs whose expectations differ in Sanity mode (workers inherit it).
process.env.E2E_SANITY_API_HOST = sanityApiHost

export default defineConfig({
  ...base,
  // Each uncached render is HTTPS round trips to the API, a second server on the same cores.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The Studio scenario is the embedded mode's (offline editing).
  projects: base.projects?.filter((project) => project.name === 'chromium'),
  testIgnore: [
    // The Studio of Sanity mode logs in at sanity.io and uses the hosted project's API; offline
    // Studio editing is the embedded mode's feature, tested by the default suite.
    'studio.spec.ts',
  ],
  webServer: [
    {
      command: 'tsx scripts/reset-data-dir.ts && tsx scripts/lake-api.ts',
      url: `https://127.0.0.1:${lakeApiPort}/v1/users/me`,
      ignoreHTTPSErrors: true,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        KIOSQUE_DATA_DIR: e2eDataDir,
        LAKE_API_PORT: String(lakeApiPort),
        KIOSQUE_REVALIDATE_URL: `${baseURL}/api/revalidate`,
      },
    },
    {
      command: 'tsx scripts/e2e-sanity-site.ts',
      url: `${baseURL}/`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        KIOSQUE_DATA_DIR: e2eDataDir,
        NEXT_TELEMETRY_DISABLED: '1',
        E2E_PORT: String(port),
        LAKE_API_PORT: String(lakeApiPort),
      },
    },
  ],
})
