/*
 * HTTP security headers. The site-wide ones are static, set in next.config.ts `headers()`:
 * reader pages are prerendered and cached (Cache Components), and a per-request nonce would force
 * every one of them to render at request time. Their inline scripts are controlled by a second
 * policy instead (docs/security.md « Content Security Policy »):
 * - prerendered pages carry, in the page cache next to their HTML, `script-src 'self'` plus the
 *   hashes of the inline scripts Next wrote into that HTML (lib/security/csp-cache-handler.ts);
 * - pages rendered at request time anyway (search, back office) get a fresh nonce from proxy.ts.
 * A browser enforces every policy it receives, so the site-wide `'unsafe-inline'` below is what
 * remains only where neither applies (draft previews, pages with a request-time part).
 */

/** One `headers()` entry of next.config.ts. */
export interface HeaderRule {
  source: string
  headers: { key: string; value: string }[]
}

type Directives = Record<string, string[]>

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

interface PolicyOptions {
  dev?: boolean
  /** A per-request nonce: inline scripts must carry it (no `'unsafe-inline'`). */
  nonce?: string
}

function scriptSources({ dev = false, nonce }: PolicyOptions): string[] {
  return [
    "'self'",
    nonce ? `'nonce-${nonce}'` : "'unsafe-inline'",
    // 'unsafe-eval' only for the development server (React Refresh); never in a build.
    ...(dev ? ["'unsafe-eval'"] : []),
  ]
}

/** Reader pages: this site's scripts and Sanity's image CDN, nothing else. */
export function readerCsp({ dev = false, nonce }: PolicyOptions = {}): string {
  return serialize({
    'default-src': ["'self'"],
    'script-src': scriptSources({ dev, nonce }),
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https://cdn.sanity.io'],
    'font-src': ["'self'", 'data:'],
    'media-src': ["'self'", 'https://cdn.sanity.io'],
    'connect-src': ["'self'", ...(dev ? ['ws:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    // Only this origin may frame the site: the Studio's Presentation tool at /studio.
    'frame-ancestors': ["'self'"],
  })
}

/** The back office: like reader pages, without images from elsewhere, and never framed. */
export function moderationCsp({ dev = false, nonce }: PolicyOptions = {}): string {
  return serialize({
    'default-src': ["'self'"],
    'script-src': scriptSources({ dev, nonce }),
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(dev ? ['ws:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-src': ["'none'"],
    'worker-src': ["'none'"],
    'frame-ancestors': ["'none'"],
  })
}

/** Where the Studio's content API lives: the hosted Content Lake, or the embedded lake's API. */
export type StudioApi =
  { mode: 'sanity'; apiHost?: string } | { mode: 'embedded'; lakeApiUrl: string }

/**
 * The embedded Sanity Studio: it talks to its content API over HTTPS (and WebSocket for the
 * hosted Content Lake), shows user avatars, runs workers from blobs, and its Presentation tool
 * frames this site (same origin). In embedded mode only the lake API is reachable — on loopback
 * at any port, since one build serves whatever LAKE_API_PORT says — so the requests Sanity 6.9
 * still makes on its own (its web font, the version check, feedback reports) are blocked.
 */
export function studioCsp(api: StudioApi, { dev = false }: { dev?: boolean } = {}): string {
  const content =
    api.mode === 'embedded'
      ? ['https://127.0.0.1:*', 'https://localhost:*', new URL(api.lakeApiUrl).origin]
      : [
          'https://*.sanity.io',
          'wss://*.sanity.io',
          'https://*.apicdn.sanity.io',
          ...(api.apiHost ? [new URL(api.apiHost).origin] : []),
        ]
  return serialize({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...(api.mode === 'embedded' ? content : ['https:'])],
    'font-src': ["'self'", 'data:'],
    'media-src': [
      "'self'",
      'blob:',
      ...(api.mode === 'embedded' ? content : ['https://cdn.sanity.io']),
    ],
    'connect-src': ["'self'", ...new Set(content), ...(dev ? ['ws:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'frame-ancestors': ["'self'"],
  })
}

/** 128 random bits, base64: a CSP nonce for one response. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
}

/** Features no page of the site uses: denied to the page and to anything it embeds. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ')

/** Two years, subdomains included; sent by production builds only (HSTS is sticky). */
export const HSTS = 'max-age=63072000; includeSubDomains'

/**
 * Every security header, as next.config.ts `headers()` rules. Later rules override earlier ones
 * for the same key, so the Studio and the back office replace the reader policy on their paths.
 */
export function securityHeaderRules({
  production,
  studio,
}: {
  production: boolean
  studio: StudioApi
}): HeaderRule[] {
  const dev = !production
  const common = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    // For browsers without frame-ancestors; same meaning.
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    ...(production ? [{ key: 'Strict-Transport-Security', value: HSTS }] : []),
  ]
  const section = (path: string, csp: string, extra: { key: string; value: string }[] = []) =>
    [path, `${path}/:path*`].map((source) => ({
      source,
      headers: [{ key: 'Content-Security-Policy', value: csp }, ...extra],
    }))
  return [
    {
      source: '/:path*',
      headers: [...common, { key: 'Content-Security-Policy', value: readerCsp({ dev }) }],
    },
    ...section('/studio', studioCsp(studio, { dev })),
    ...section('/moderation', moderationCsp({ dev }), [{ key: 'X-Frame-Options', value: 'DENY' }]),
  ]
}
