import path from 'node:path'

/**
 * How to run the production server (scripts/serve.ts) as a child of a Node process: every script
 * and test that serves the build goes through it, so they all measure and test the same server.
 */
export function serveCommand(port: number | string, hostname = '127.0.0.1'): string[] {
  return [
    '--import',
    'tsx',
    path.resolve('scripts/serve.ts'),
    '--hostname',
    hostname,
    '--port',
    String(port),
  ]
}
