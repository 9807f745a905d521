import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import {
  blockingAdvisories,
  snapshotVerdict,
  type AuditReport,
  type DependencyTree,
} from '@/scripts/audit'
import { compareVersions, SNAPSHOT_DATE } from '@/scripts/audit-snapshot'

/** Reports shaped like `npm audit --json` (npm 7+), cut down to what the script reads. */
const report: AuditReport = {
  vulnerabilities: {
    next: {
      severity: 'critical',
      via: [
        {
          title: 'Authorization bypass in middleware',
          url: 'https://github.com/advisories/GHSA-f82v-jwr5-mffw',
        },
      ],
      range: '15.0.0 - 15.2.2',
      fixAvailable: { name: 'next', version: '15.2.3' },
    },
    cookie: { severity: 'low', via: [{ title: 'cookie name out of bounds' }], fixAvailable: true },
    'path-to-regexp': { severity: 'high', via: ['express'], fixAvailable: false },
    brace: { severity: 'moderate', via: [{ title: 'ReDoS' }], fixAvailable: true },
  },
  metadata: { vulnerabilities: { info: 0, low: 1, moderate: 1, high: 1, critical: 1, total: 4 } },
}

describe('npm run audit', () => {
  it('fails on high and critical advisories only, naming the fix', () => {
    const blocking = blockingAdvisories(report)
    expect(blocking).toHaveLength(2)
    expect(blocking[0]).toMatch(
      /^next \(critical\).*GHSA-f82v-jwr5-mffw.*correctif : next@15\.2\.3$/,
    )
    expect(blocking[1]).toMatch(/^path-to-regexp \(high\).*via express.*correctif : aucun$/)
  })

  it('passes a clean report', () => {
    expect(
      blockingAdvisories({ vulnerabilities: {}, metadata: { vulnerabilities: { total: 0 } } }),
    ).toEqual([])
  })
})

describe('offline verdict from the advisory snapshot (registry without audit endpoint)', () => {
  const tree = (next: string, rsc?: string): DependencyTree => ({
    dependencies: {
      next: { version: next },
      'next-sanity': {
        version: '13.3.4',
        dependencies: rsc ? { 'react-server-dom-webpack': { version: rsc } } : undefined,
      },
      nodemailer: { version: '10.6.1' },
    },
  })

  it('orders versions as semver does, pre-releases before their release', () => {
    const sorted = ['16.4.1', '16.4.0', '16.10.0', '16.4.1-canary.2', '16.4.1-canary.10', '9.9.9']
    expect(sorted.sort(compareVersions)).toEqual([
      '9.9.9',
      '16.4.0',
      '16.4.1-canary.2',
      '16.4.1-canary.10',
      '16.4.1',
      '16.10.0',
    ])
  })

  it('fails on a vulnerable Next or Flight runtime anywhere in the tree, passes the fixed ones', () => {
    const cases = [
      { next: '16.4.0', rsc: undefined, code: 1 },
      { next: '16.4.6', rsc: '19.3.0', code: 1 },
      { next: '16.0.6', rsc: '19.2.0', code: 1 },
      { next: '16.4.6', rsc: '19.3.1', code: 0 },
      { next: '16.4.6', rsc: undefined, code: 0 },
    ]
    for (const { next, rsc, code } of cases) {
      const verdict = snapshotVerdict(tree(next, rsc))
      expect(verdict.code, `next@${next} rsc@${rsc}`).toBe(code)
      expect(verdict.lines[0]).toContain(SNAPSHOT_DATE)
      if (rsc === '19.3.0') {
        expect(verdict.lines.join('\n')).toMatch(
          /react-server-dom-webpack@19\.3\.0 \(critical\) GHSA-xqc2-xf4c-x3h3.*\n\s+via next-sanity > react-server-dom-webpack/,
        )
      }
    }
  })

  it('finds no high or critical advisory in the installed production tree', () => {
    // The tree this very checkout installed (overrides included): removing the adm-zip override
    // of package.json and reinstalling makes this fail.
    const run = spawnSync('npm', ['ls', '--omit=dev', '--all', '--json'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    const tree = JSON.parse(run.stdout) as DependencyTree
    const verdict = snapshotVerdict(tree)
    expect(verdict.code, verdict.lines.join('\n')).toBe(0)
  }, 60_000)
})
