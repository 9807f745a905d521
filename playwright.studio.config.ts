import { defineConfig } from '@playwright/test'

import base from './playwright.config'

/*
 * `npm run test:e2e:studio`: the editorial scenario of issue 6 in the real Studio (person,
 * interview, portrait, publish, edit, revert from history) on the production build in embedded
 * mode. Minutes long on two shared cores, so it is not part of `npm test`: its spec lives outside
 * the default suite's `testDir`. Same servers (reused when running) and browser as that suite.
 */
export default defineConfig({
  ...base,
  testDir: 'tests/e2e-studio',
  workers: 1,
  // The Studio's first paint alone takes a minute or more on a busy machine.
  timeout: 900_000,
  expect: { timeout: 30_000 },
  use: { ...base.use, ignoreHTTPSErrors: true, screenshot: 'only-on-failure', trace: 'on' },
})
