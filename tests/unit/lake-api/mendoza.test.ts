import fc from 'fast-check'
import { applyPatch } from 'mendoza'
import { describe, expect, it } from 'vitest'

import { mendozaDiff, mendozaEffects } from '@/lib/lake-api/mendoza'

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false),
    fc.integer(),
    fc.string({ maxLength: 4 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(tie('keyed'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', '_key', 'é'), tie('value'), { maxKeys: 4 }),
  ),
  keyed: fc.record({ _key: fc.constantFrom('k1', 'k2', 'k3'), v: tie('value') }),
}))
const doc = fc.dictionary(fc.constantFrom('title', 'body', 'slug', 'n', 'z'), json.value, {
  maxKeys: 5,
})

describe('mendoza encoder', () => {
  it('produces patches that mendoza applies back to the target', () => {
    fc.assert(
      fc.property(doc, doc, (left, right) => {
        expect(applyPatch(left, mendozaDiff(left, right))).toEqual(right)
        expect(applyPatch(right, mendozaDiff(right, left))).toEqual(left)
      }),
      { numRuns: 500 },
    )
  })

  it('copies unchanged parts instead of rewriting them', () => {
    const before = {
      title: 'A',
      body: [
        { _key: 'x', text: 'un' },
        { _key: 'y', text: 'deux' },
      ],
    }
    const after = {
      title: 'A',
      body: [
        { _key: 'y', text: 'deux' },
        { _key: 'x', text: 'un !' },
      ],
    }
    const patch = mendozaDiff(before, after)
    expect(JSON.stringify(patch)).not.toContain('deux')
    expect(applyPatch(before, patch)).toEqual(after)
  })

  it('creates and deletes whole documents, ignoring _rev', () => {
    const effects = mendozaEffects(null, { _id: 'a', _rev: 'r1', n: 1 })
    expect(applyPatch(null, effects.apply)).toEqual({ _id: 'a', n: 1 })
    expect(applyPatch({ _id: 'a', n: 1 }, effects.revert)).toBeNull()
    expect(mendozaEffects({ _id: 'a', _rev: 'r1' }, { _id: 'a', _rev: 'r2' }).apply).toEqual([])
  })
})
