import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

/*
 * The reference of the first-load JavaScript target: a bare Next.js page of the same version,
 * really built. A minimal App Router app (a root layout and a page, no client component, no
 * config of its own) is written to bench/bare-next, built once per Next version with this project's
 * node_modules, and its prerendered `/` is read like the article's HTML.
 */

/** The installed Next version, which the bare page is built with. */
export const nextVersion = (
  JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')) as { version: string }
).version
const root = path.resolve('bench/bare-next')

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ private: true, type: 'module' }),
  // Its own (empty) config, or Next would look for one in the folders above.
  'next.config.mjs': 'export default {}\n',
  'app/layout.jsx': `export default function RootLayout({ children }) {
  return <html lang="fr"><body>{children}</body></html>
}
`,
  'app/page.jsx': `export default function Page() {
  return <main><h1>Page nue</h1><p>Une page Next.js sans composant client.</p></main>
}
`,
}

/** Builds the bare app when its build is missing or of another Next version; returns its dir. */
export function buildBarePage(log: (line: string) => void): string {
  const stamp = path.join(root, '.next', 'next-version')
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === nextVersion) return root
  rmSync(root, { recursive: true, force: true })
  for (const [file, content] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), content)
  }
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir')
  log(`build d’une page Next ${nextVersion} nue (bench/bare-next)…`)
  const build = spawnSync(
    process.execPath,
    [path.resolve('node_modules/next/dist/bin/next'), 'build', root],
    {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      encoding: 'utf8',
    },
  )
  if (build.status !== 0) throw new Error(`build de la page nue : ${build.stderr || build.stdout}`)
  writeFileSync(stamp, nextVersion)
  return root
}

/**
 * Gzip -9 size (KB) and count of the scripts an HTML page loads, but the `noModule` polyfills
 * every module-capable browser skips. `read` returns a script's bytes from its URL path.
 */
export async function firstLoadOf(
  html: string,
  read: (file: string) => Promise<Buffer> | Buffer,
): Promise<{ scripts: number; gzipKb: number }> {
  const noModule = new Set(
    [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"[^>]*\bnoModule\b[^>]*>/gi)].map((m) => m[1]),
  )
  const files = [...new Set(html.match(/\/_next\/static\/[^"'\s)]+?\.js/g) ?? [])].filter(
    (file) => !noModule.has(file),
  )
  let total = 0
  for (const file of files) total += gzipSync(await read(file), { level: 9 }).length
  return { scripts: files.length, gzipKb: total / 1024 }
}

/** First-load JavaScript of the bare page's `/`. */
export async function bareFirstLoad(log: (line: string) => void) {
  const dir = buildBarePage(log)
  const html = readFileSync(path.join(dir, '.next/server/app/index.html'), 'utf8')
  return firstLoadOf(html, (file) =>
    readFileSync(path.join(dir, '.next', file.replace(/^\/_next\//, ''))),
  )
}
