import { describe, expect, it } from 'vitest'

import { blockingAdvisories, type AuditReport } from '@/scripts/audit'

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
    console.log(
      `[sécurité/dépendances] rapport d’exemple : ${blocking.length} alertes bloquantes sur 4`,
    )
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
