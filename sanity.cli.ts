import { defineCliConfig } from 'sanity/cli'
import { dataset, studioProjectId } from './sanity/env'

export default defineCliConfig({
  api: { projectId: studioProjectId, dataset },
  // The Studio ships inside the Next app with pinned versions; no runtime auto-updates.
  deployment: { autoUpdates: false },
  typegen: {
    path: [
      './app/**/*.{ts,tsx}',
      './lib/**/*.{ts,tsx}',
      './sanity/**/*.{ts,tsx}',
      './components/**/*.{ts,tsx}',
    ],
    schema: 'schema.json',
    generates: './sanity.types.ts',
    overloadClientMethods: true,
  },
})
