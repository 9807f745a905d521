/**
 * Lets a script outside Next load server modules: `server-only` resolves to an empty module, as
 * in the unit tests (vitest.config.ts). Load it with `tsx --import ./tests/e2e/helpers/server-only.ts`.
 * (The react-server condition would do it too, but it also turns `react-dom/server`, which renders
 * the mails, into a module that throws.)
 */
import { registerHooks } from 'node:module'

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true }
    return nextResolve(specifier, context)
  },
})
