import { describe, expect, it } from 'vitest'

import { initialsOf, speakerLabels } from '@/lib/speakers'

const claire = { _id: 'p1', name: 'Claire Vasseur', givenName: 'Claire', familyName: 'Vasseur' }
const jp = {
  _id: 'p2',
  name: 'Jean-Pierre de La Roche',
  givenName: 'Jean-Pierre',
  familyName: 'de La Roche',
}

describe('initialsOf', () => {
  it('derives initials from given and family names', () => {
    expect(initialsOf(claire)).toBe('C. V.')
  })

  it('handles hyphenated given names and skips lower-case particles', () => {
    expect(initialsOf(jp)).toBe('J.-P. L. R.')
  })

  it('prefers the editor’s override', () => {
    expect(initialsOf({ ...jp, initials: 'J.-P. de L. R.' })).toBe('J.-P. de L. R.')
  })

  it('falls back on the display name', () => {
    expect(initialsOf({ _id: 'x', name: 'Inès Morel' })).toBe('I. M.')
  })
})

describe('speakerLabels', () => {
  it('gives the full name on a speaker’s first answer and initials afterwards', () => {
    expect(speakerLabels([claire, claire, jp, claire, jp])).toEqual([
      'Claire Vasseur',
      'C. V.',
      'Jean-Pierre de La Roche',
      'C. V.',
      'J.-P. L. R.',
    ])
  })

  it('leaves answers without a speaker unlabelled', () => {
    expect(speakerLabels([null, claire])).toEqual([null, 'Claire Vasseur'])
  })
})
