/*
 * Next's file-system page cache (with revalidations shared across instances when REDIS_URL is
 * set), plus one header: every prerendered page carries, next to its
 * HTML, a Content-Security-Policy that allows exactly the inline scripts Next wrote into that
 * HTML (by SHA-256 hash). Reader pages stay static: the hashes are computed once per render (at
 * build time when the page is first read, then at each revalidation when Next stores the new
 * render) and served from the cache with the page; nothing is computed per request.
 * Configured as `cacheHandler` in next.config.ts; Node loads this file itself (type stripping),
 * so it uses erasable TypeScript only and no `@/` imports. See docs/security.md.
 */
import { createHash } from 'node:crypto'

import {
  FileSystemCache,
  storeFromEnv,
  withSharedTags,
} from '../../packages/next-cache-redis/src/next.ts'

// Several instances (REDIS_URL): tag revalidations are shared through Redis, so a publish that
// reached one instance expires this page on all of them (packages/next-cache-redis).
const PageCache = process.env.REDIS_URL
  ? withSharedTags(FileSystemCache, storeFromEnv)
  : FileSystemCache

/** The header stored with each page; lower case, as Node's header objects keep it. */
export const CSP_HEADER = 'content-security-policy'

/*
 * The only inline scripts Next 16 and React 19 write into a prerendered App Router page: the
 * flight-data bootstrap, each flight-data chunk (a JSON array), Turbopack's chunk list (a JSON
 * object) and React's paint timer. Anything else in an inline <script> (an injected tag, say,
 * that reached the HTML through an escaping bug) is not hashed and therefore never runs.
 */
const FLIGHT_BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])'
const REACT_PAINT_TIMER = 'requestAnimationFrame(function(){$RT=performance.now()});'
const WRAPPED_JSON: { prefix: string; suffix: string; shape: 'array' | 'object' }[] = [
  { prefix: 'self.__next_f.push(', suffix: ')', shape: 'array' },
  {
    prefix: '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(',
    suffix: ');',
    shape: 'object',
  },
]

/** Whether an inline script's text is one of Next's or React's own, data only. */
export function isFrameworkScript(text: string): boolean {
  if (text === FLIGHT_BOOTSTRAP || text === REACT_PAINT_TIMER) return true
  for (const { prefix, suffix, shape } of WRAPPED_JSON) {
    if (!text.startsWith(prefix) || !text.endsWith(suffix)) continue
    try {
      const data: unknown = JSON.parse(text.slice(prefix.length, text.length - suffix.length))
      return shape === 'array'
        ? Array.isArray(data)
        : typeof data === 'object' && data !== null && !Array.isArray(data)
    } catch {
      return false
    }
  }
  return false
}

// An executable inline script: no `src`, and no `type` other than JavaScript's (JSON-LD and
// other data blocks never run, so CSP ignores them). Script text cannot contain `</script`.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const EXECUTABLE_TYPE = /^(|text\/javascript|application\/javascript|module)$/i

function isExecutableInline(attributes: string): boolean {
  if (/\ssrc\s*=/i.test(` ${attributes}`)) return false
  const type = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes)
  return EXECUTABLE_TYPE.test((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim())
}

/**
 * CSP source expressions (`'sha256-…'`) of the framework inline scripts of a page, in document
 * order, without duplicates. Inline scripts of any other shape are left out.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (!isExecutableInline(attributes) || !isFrameworkScript(text)) continue
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/**
 * The policy stored with a page: scripts from this site, and the inline scripts Next wrote into
 * this very HTML. It is sent in addition to the site-wide policy of next.config.ts, and a browser
 * enforces both, so an inline script must pass this one too.
 */
export function pageScriptPolicy(html: string): string {
  return ['script-src', "'self'", ...inlineScriptHashes(html)].join(' ')
}

interface PageValue {
  kind: unknown
  html: unknown
  postponed?: unknown
  headers?: Record<string, unknown>
}

function isPageValue(value: unknown): value is PageValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    String(value.kind) === 'APP_PAGE'
  )
}

/**
 * Adds the page's script policy to its cached headers, in place: Next serves the headers of the
 * object it stored or read. Pages with a postponed (dynamic) part are left alone: what their
 * request-time part adds is not known here, and the site-wide policy covers them.
 */
export function addScriptPolicy(value: unknown): void {
  // The development server renders every request and needs 'unsafe-eval'.
  if (process.env.NODE_ENV === 'development') return
  if (!isPageValue(value) || value.postponed || typeof value.html !== 'string') return
  if (!value.html.includes('<html')) return
  const headers = (value.headers ??= {})
  if (typeof headers[CSP_HEADER] === 'string') return
  headers[CSP_HEADER] = pageScriptPolicy(value.html)
}

export default class CspFileSystemCache extends PageCache {
  override async get(...args: Parameters<InstanceType<typeof FileSystemCache>['get']>) {
    const entry = await super.get(...args)
    addScriptPolicy(entry?.value)
    return entry
  }

  override async set(...args: Parameters<InstanceType<typeof FileSystemCache>['set']>) {
    addScriptPolicy(args[1])
    return super.set(...args)
  }
}
