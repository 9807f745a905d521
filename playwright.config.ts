import { existsSync } from 'node:fs'
import path from 'node:path'

import { defineConfig, devices } from '@playwright/test'

export const port = Number(process.env.E2E_PORT ?? 3100)
export const baseURL = `http://127.0.0.1:${port}`
/** The embedded lake's API beside the site, as `npm start` runs it (the Studio's back end). */
export const lakeApiPort = Number(process.env.LAKE_API_PORT ?? 3333)

// Debian's Chromium by default (Playwright's own download is not reachable on our machines);
// CHROMIUM_PATH overrides it, and without either Playwright uses its own browsers.
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

/** The e2e server runs the production build on a throwaway copy of the demo data. */
export const e2eDataDir = path.resolve('.data/e2e')

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
}

export default defineConfig({
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', testDir: 'tests/e2e', use: browser },
    {
      // The editorial scenario in the real Studio (person, interview, portrait, publish, edit,
      // revert from history), once the rest of the suite is done: minutes of the Studio's own
      // loading and saving, alone on the machine. `npm run test:e2e:studio` runs it alone.
      name: 'studio',
      testDir: 'tests/e2e-studio',
      dependencies: ['chromium'],
      // The Studio's first paint alone takes a minute or more on a busy machine.
      timeout: 900_000,
      expect: { timeout: 30_000 },
      use: { ...browser, ignoreHTTPSErrors: true, screenshot: 'only-on-failure', trace: 'on' },
    },
  ],
  // `npm start`'s own script, so the server gets its public URL (http://127.0.0.1:<port>, the
  // links of its pages and mails) the way any `npm start` does. It also starts the lake API
  // (the Studio's back end) once the data directory is reset, before the site answers.
  webServer: {
    command: `tsx scripts/reset-data-dir.ts && tsx scripts/start.ts --rebuild --hostname 127.0.0.1 --port ${port}`,
    url: `${baseURL}/`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    env: {
      KIOSQUE_DATA_DIR: e2eDataDir,
      NEXT_TELEMETRY_DISABLED: '1',
      LAKE_API_PORT: String(lakeApiPort),
    },
  },
})
