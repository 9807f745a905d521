import { parse, unparse } from 'groq-js'
import { describe, expect, it } from 'vitest'

import { narrowTree } from '@/lib/lake/narrow'

// White-box: query.test.ts proves narrowed results equal groq-js over the whole dataset; this
// file proves the narrowing actually happens, so a regression to full scans is caught.
function narrowed(query: string) {
  const tree = parse(query)
  const narrowings = narrowTree(tree)
  return { text: unparse(tree), narrowings }
}

describe('narrowTree', () => {
  it('turns literal and $param conjuncts into a hidden candidate param', () => {
    const { text, narrowings } = narrowed(
      '*[_type == $t && slug.current == $s && !(_id in path("drafts.**"))][0]',
    )
    expect(text).toMatch(/^\$__lake_source_0\[/)
    expect(narrowings).toEqual([
      { param: '__lake_source_0', keys: { type: { param: 't' }, slug: { param: 's' } } },
    ])
  })

  it('resolves ^ operands at run time, lifting ^ to @ and ^.^ to ^', () => {
    const { text } = narrowed(
      '*[_type == "p"]{"a": *[_type == "q"]{"b": *[_type == "article" && references(^.^._id)]}}',
    )
    expect(text).toContain(
      'global::coalesce({"_ref": "\\u0000lake\\u0000refs\\u0000article\\u0000" + ^._id}->, *)',
    )
    const paths = narrowed(
      '*[_type == "p"]{"a": *[^._id in rel[].target._ref], "b": *[x._ref == ^._id]}',
    ).text
    expect(paths.match(/\\u0000lake\\u0000refs/g)).toHaveLength(2)
    const either = narrowed(
      '*[_type == "p"]{"a": *[(^._id in a[]._ref || ^._id in b[].c._ref)]}',
    ).text
    expect(either).toContain('lake\\u0000refs\\u0000\\u0000" + @._id}->, *)')
    const single = narrowed('*[_type == "p"]{"a": *[_id == ^.ref._ref]}').text
    expect(single).toContain('"\\u0000lake\\u0000id\\u0000\\u0000" + @.ref._ref}->, *)')
  })

  it('narrows an || of different ids or references to the union of their lookups', () => {
    const related = narrowed(
      '*[_type == "article"][0]{"r": *[_type == "article" && _id != ^._id && ((defined(^.series) && series._ref == ^.series._ref) || ^.interviewee._ref in [interviewee._ref, ...people[]._ref] || count(organisations[@._ref in ^.^.organisations[]._ref]) > 0)]}',
    ).text
    expect(related).toContain('"\\u0000lake\\u0000union\\u0000article\\u0000" + array::join([')
    expect(related).toContain(
      '"\\u0001refs", ...select(global::defined(@.series) => [@.series._ref + ""]',
    )
    expect(related).toContain('@.organisations[]._ref')
    const cited = narrowed(
      '*[_type == "a"][0]{"c": *[_type == "o" && (_id in ^.x[]._ref || _id in ^.y[].z._ref)]}',
    )
    expect(cited.text).toContain('"\\u0001id", ...@.x[]._ref[global::defined(@)]')
    const ids = narrowed('*[_id in $ids || slug.current == "s"]')
    expect(ids.narrowings[0]?.union).toEqual([
      { key: 'id', operand: { param: 'ids' }, multi: true },
      { key: 'slug', operand: { value: 's' }, multi: false },
    ])
  })

  it('leaves filters without a usable conjunct on the full dataset', () => {
    for (const query of [
      '*[_type == "a" || _type == "b"]',
      '*[defined(slug.current)]',
      '*[references(^._id, "x")]',
    ]) {
      expect(narrowed(query)).toEqual({ text: unparse(parse(query)), narrowings: [] })
    }
  })
})
