/**
 * A LOCAL SNAPSHOT of security advisories, used by `npm run audit` only when the registry does
 * not answer `npm audit` (the registry mirror used here answers 405 to the bulk advisory
 * endpoint). It is not a live feed: it knows what was published up to `SNAPSHOT_DATE`, and only
 * for the packages listed. Each entry names its sources; refresh it (or run a live `npm audit`
 * from a machine that reaches registry.npmjs.org) before trusting a clean verdict long after
 * that date.
 *
 * Ranges follow OSV: each is `[introduced, fixed)` in semver order; `fixed` absent means no
 * release fixes it yet.
 */

/** Day the snapshot was taken (advisories published after it are unknown to it). */
export const SNAPSHOT_DATE = '2026-11-30'

export type Severity = 'low' | 'moderate' | 'high' | 'critical'

export interface Advisory {
  id: string
  packages: string[]
  severity: Severity
  title: string
  ranges: { introduced: string; fixed?: string }[]
  /** Where the ranges and severity were read. */
  sources: string[]
}

const rsc = ['react-server-dom-webpack', 'react-server-dom-turbopack', 'react-server-dom-parcel']

export const ADVISORIES: readonly Advisory[] = [
  {
    id: 'GHSA-xqc2-xf4c-x3h3 (CVE-2026-126187)',
    packages: rsc,
    severity: 'critical',
    title: 'React Server Components : exécution de code à distance sans authentification',
    ranges: [
      { introduced: '19.0.0', fixed: '19.0.9' },
      { introduced: '19.1.0', fixed: '19.1.10' },
      { introduced: '19.2.0', fixed: '19.2.9' },
      { introduced: '19.3.0', fixed: '19.3.1' },
    ],
    sources: [
      'https://github.com/react/react/security/advisories/GHSA-xqc2-xf4c-x3h3',
      'https://raw.githubusercontent.com/CVEProject/cvelistV5/main/cves/2026/126xxx/CVE-2026-126187.json',
    ],
  },
  {
    // Next ships its own compiled copy of react-server-dom-*: the fix reaches it with Next.
    id: 'GHSA-xqc2-xf4c-x3h3 (copie de react-server-dom intégrée à Next)',
    packages: ['next'],
    severity: 'critical',
    title: 'React Server Components : exécution de code à distance (copie compilée dans Next)',
    ranges: [{ introduced: '16.0.0', fixed: '16.4.1' }],
    sources: ['https://github.com/evenfire-ai/evenfire/releases/tag/v0.12.1'],
  },
  {
    id: 'GHSA-h3gv-c5rc-p453',
    packages: rsc,
    severity: 'high',
    title: 'Server Functions : déni de service',
    ranges: [{ introduced: '19.3.0', fixed: '19.3.1' }],
    sources: ['https://github.com/shakacode/react_on_rails_rsc/releases/tag/19.3.2'],
  },
  {
    id: 'GHSA-fv66-9v8q-g76r (CVE-2025-55182, « React2Shell »)',
    packages: rsc,
    severity: 'critical',
    title: 'React Server Components : exécution de code à distance',
    ranges: [
      { introduced: '19.0.0', fixed: '19.0.1' },
      { introduced: '19.1.0', fixed: '19.1.2' },
      { introduced: '19.2.0', fixed: '19.2.1' },
    ],
    sources: ['https://github.com/react/react/security/advisories/GHSA-fv66-9v8q-g76r'],
  },
  {
    id: 'CVE-2025-55183, CVE-2025-55184, CVE-2025-67779',
    packages: rsc,
    severity: 'high',
    title: 'React Server Components : déni de service et exposition du code source',
    ranges: [
      { introduced: '19.0.0', fixed: '19.0.3' },
      { introduced: '19.1.0', fixed: '19.1.4' },
      { introduced: '19.2.0', fixed: '19.2.3' },
    ],
    sources: ['https://github.com/github/advisory-database/pull/6547'],
  },
  {
    id: 'GHSA-9qr9-h5gf-34mp (CVE-2025-66478)',
    packages: ['next'],
    severity: 'critical',
    title: 'RCE dans React Server Components (Next.js)',
    ranges: [
      { introduced: '15.0.0', fixed: '15.0.5' },
      { introduced: '16.0.0', fixed: '16.0.7' },
    ],
    sources: ['https://github.com/vercel/next.js/security/advisories/GHSA-9qr9-h5gf-34mp'],
  },
  {
    id: 'Next.js, publication de sécurité de mai 2026 (GHSA-8h8q-6873-q5fj, GHSA-267c-6grr-h53f…)',
    packages: ['next'],
    severity: 'high',
    title: 'Déni de service Server Components, contournements du middleware, SSRF',
    ranges: [{ introduced: '16.0.0', fixed: '16.2.6' }],
    sources: ['https://github.com/gominimal/pkgs/pull/161'],
  },
  {
    id: 'GHSA-2xp9-vwfh-vxw4, GHSA-p293-qw3h-jr36 (CVE-2026-75604)',
    packages: ['next'],
    severity: 'critical',
    title: 'Exécution de code à distance (optimisation d’images AVIF ; serveurs Windows)',
    ranges: [{ introduced: '16.0.0', fixed: '16.3.3' }],
    sources: ['https://github.com/langgenius/dify/pull/41262'],
  },
  {
    // The release that closed them went from 16.3.8 to 16.4.3; the exact first fixed 16.4.x is
    // not in the sources, so the range is the conservative one.
    id: 'GHSA-673q-mjm6-r5xr, GHSA-2464-fhr4-w9xw',
    packages: ['next'],
    severity: 'critical',
    title: 'Alertes critiques Next.js d’octobre 2026',
    ranges: [{ introduced: '16.0.0', fixed: '16.4.3' }],
    sources: ['https://github.com/WhiteMuush/Gardik/releases/tag/v1.6.2'],
  },
  {
    id: 'GHSA-mrhx-c7xc-m3w5',
    packages: ['zod'],
    severity: 'high',
    title: 'Épuisement mémoire sur une collection trop grande (schémas bornés corrigés)',
    ranges: [{ introduced: '0', fixed: '4.6.6' }],
    sources: ['https://osv.dev/vulnerability/GHSA-mrhx-c7xc-m3w5'],
  },
  {
    id: 'GHSA-g73g-hqqh-jr95',
    packages: ['nodemailer'],
    severity: 'high',
    title: 'Commentaire RFC 5322 non retiré dans une adresse entre chevrons',
    ranges: [{ introduced: '0', fixed: '10.0.13' }],
    sources: ['https://www.tenable.com/plugins/cloud-security/477641'],
  },
  {
    id: 'GHSA-c7w3-x93f-qmm8',
    packages: ['nodemailer'],
    severity: 'high',
    title: 'Injection de commande SMTP via envelope.size',
    ranges: [{ introduced: '0', fixed: '8.0.4' }],
    sources: ['https://www.tenable.com/plugins/container-security/439278'],
  },
  {
    id: 'GHSA-rcw4-f5rp-g42v',
    packages: ['adm-zip'],
    severity: 'high',
    title: 'Protection contre les bombes de décompression contournable (taille déclarée 0)',
    ranges: [{ introduced: '0', fixed: '0.6.1' }],
    sources: ['https://www.tenable.com/plugins/cloud-security/448478'],
  },
  {
    id: 'GHSA-mh29-5h37-fv8m (CVE-2025-64718)',
    packages: ['js-yaml'],
    severity: 'moderate',
    title: 'Pollution de prototype par la fusion (<<)',
    ranges: [
      { introduced: '0', fixed: '3.14.2' },
      { introduced: '4.0.0', fixed: '4.1.1' },
    ],
    sources: ['https://osv.dev/GHSA-mh29-5h37-fv8m'],
  },
]

/** Semver order (major.minor.patch, then a pre-release sorts before its release). */
export function compareVersions(a: string, b: string): number {
  const split = (version: string) => {
    const [core = '', pre] = version.split('+')[0]!.split(/-(.*)/s)
    return { core: core.split('.').map((part) => Number(part) || 0), pre }
  }
  const left = split(a)
  const right = split(b)
  for (let i = 0; i < 3; i++) {
    const diff = (left.core[i] ?? 0) - (right.core[i] ?? 0)
    if (diff !== 0) return Math.sign(diff)
  }
  if (left.pre === right.pre) return 0
  if (left.pre === undefined) return 1
  if (right.pre === undefined) return -1
  const lp = left.pre.split('.')
  const rp = right.pre.split('.')
  for (let i = 0; i < Math.max(lp.length, rp.length); i++) {
    const l = lp[i]
    const r = rp[i]
    if (l === undefined) return -1
    if (r === undefined) return 1
    const ln = /^\d+$/.test(l) ? Number(l) : NaN
    const rn = /^\d+$/.test(r) ? Number(r) : NaN
    if (!Number.isNaN(ln) && !Number.isNaN(rn) && ln !== rn) return Math.sign(ln - rn)
    if (Number.isNaN(ln) !== Number.isNaN(rn)) return Number.isNaN(ln) ? 1 : -1
    if (l !== r) return l < r ? -1 : 1
  }
  return 0
}

/** True when `version` falls in one of the advisory's ranges. */
export function isAffected(advisory: Advisory, version: string): boolean {
  return advisory.ranges.some(
    (range) =>
      compareVersions(version, range.introduced) >= 0 &&
      (range.fixed === undefined || compareVersions(version, range.fixed) < 0),
  )
}

/** One installed package matched by one advisory of the snapshot. */
export interface SnapshotFinding {
  name: string
  version: string
  paths: string[]
  advisory: Advisory
}

/** Every (installed package, version) of `installed` that an advisory of `advisories` covers. */
export function matchSnapshot(
  installed: Map<string, Map<string, string[]>>,
  advisories: readonly Advisory[] = ADVISORIES,
): SnapshotFinding[] {
  const findings: SnapshotFinding[] = []
  for (const advisory of advisories) {
    for (const name of advisory.packages) {
      for (const [version, paths] of installed.get(name) ?? []) {
        if (isAffected(advisory, version)) findings.push({ name, version, paths, advisory })
      }
    }
  }
  return findings
}
