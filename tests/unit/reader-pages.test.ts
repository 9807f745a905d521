import { describe, expect, it } from 'vitest'

import { breadcrumbList } from '@/lib/breadcrumbs'
import { formatFigure, formatFigureValue, groupByKind, relationGroups } from '@/lib/organisations'
import { byFamilyName, groupByLetter, personJsonLd, splitRoles } from '@/lib/people'
import { formatPeriod } from '@/lib/periods'

const NNBSP = '\u202F'

describe('formatPeriod', () => {
  it('writes periods in French for each precision', () => {
    expect(formatPeriod('2026-06-18', null)).toBe('depuis le 18 juin 2026')
    expect(formatPeriod('2023-06', null)).toBe('depuis juin 2023')
    expect(formatPeriod('1998', null)).toBe('depuis 1998')
    expect(formatPeriod('2013-06-01', '2026-06-18')).toBe('du 1er juin 2013 au 18 juin 2026')
    expect(formatPeriod('2013', '2020')).toBe('de 2013 à 2020')
    expect(formatPeriod('2013-04', '2020-08')).toBe('d’avril 2013 à août 2020')
    expect(formatPeriod(null, '2020-10-31')).toBe('jusqu’au 31 octobre 2020')
    expect(formatPeriod(null, '2020')).toBe('jusqu’en 2020')
    expect(formatPeriod(null, null)).toBeNull()
  })
})

describe('figures', () => {
  it('formats numbers the French way, with a narrow no-break space', () => {
    expect(formatFigureValue(2500)).toBe(`2${NNBSP}500`)
    expect(formatFigureValue(2100000)).toBe(`2${NNBSP}100${NNBSP}000`)
    expect(formatFigureValue(310, 'M€')).toBe('310\u00A0M€')
  })

  it('reads a figure as a phrase, with its date when known', () => {
    expect(formatFigure({ label: 'entreprises adhérentes', value: 2500, asOf: null })).toBe(
      `2${NNBSP}500 entreprises adhérentes`,
    )
    expect(formatFigure({ label: 'entreprises adhérentes', value: 2430, asOf: '2026-06-30' })).toBe(
      `2${NNBSP}430 entreprises adhérentes au 30 juin 2026`,
    )
    expect(formatFigure({ label: 'chiffre d’affaires', value: 310, unit: 'M€' })).toBe(
      `chiffre d’affaires${NNBSP}: 310\u00A0M€`,
    )
  })
})

describe('relationGroups', () => {
  const fmnc = { _id: 'organisation-fmnc', name: 'FMNC', slug: 'fmnc' }
  const ane = { _id: 'organisation-ane', name: 'ANE', slug: 'ane' }
  const numeria = { _id: 'organisation-numeria', name: 'Numéria', slug: 'numeria' }
  const opaline = { _id: 'organisation-opaline', name: 'Opaline', slug: 'opaline' }

  it('labels each direction and keeps periods', () => {
    const groups = relationGroups(
      [
        { _key: 'r1', kind: 'attachedTo', start: '1969-06-01', end: null, target: ane },
        { _key: 'r2', kind: 'acquiredBy', start: '2021-11-15', end: null, target: opaline },
      ],
      [
        {
          ...numeria,
          links: [{ _key: 'l1', kind: 'memberOf', start: '1984-10-01', end: null }],
        },
        {
          ...opaline,
          links: [
            { _key: 'l2', kind: 'memberOf', start: '2022-07-01', end: null },
            { _key: 'l3', kind: 'subsidiaryOf', start: null, end: '2020' },
          ],
        },
      ],
    )
    expect(groups.map((g) => [g.label, g.items.map((i) => i.organisation.name)])).toEqual([
      ['Rattachée à', ['ANE']],
      ['Rachetée par', ['Opaline']],
      ['Membres', ['Numéria', 'Opaline']],
      ['Filiales', ['Opaline']],
    ])
    expect(groups[2]?.items[0]).toMatchObject({ start: '1984-10-01', end: null })
    expect(new Set(groups.flatMap((g) => g.items.map((i) => i.key))).size).toBe(5)
    expect(relationGroups([], [{ ...fmnc, links: null }])).toEqual([])
  })

  it('names inverse relations as readers expect', () => {
    const inverse = (kind: 'acquiredBy' | 'successorOf' | 'attachedTo') =>
      relationGroups([], [{ ...numeria, links: [{ _key: 'k', kind, start: null, end: null }] }])[0]
        ?.label
    expect(inverse('acquiredBy')).toBe('A racheté')
    expect(inverse('successorOf')).toBe('Remplacée par')
    expect(inverse('attachedTo')).toBe('Organisations rattachées')
  })
})

describe('groupByKind', () => {
  it('groups in index order, unknown kinds under « Autres »', () => {
    const groups = groupByKind([
      { name: 'A', kind: 'company' as const },
      { name: 'B', kind: 'federation' as const },
      { name: 'C', kind: null },
      { name: 'D', kind: 'company' as const },
    ])
    expect(groups.map((g) => [g.heading, g.organisations.map((o) => o.name)])).toEqual([
      ['Fédérations', ['B']],
      ['Entreprises', ['A', 'D']],
      ['Autres', ['C']],
    ])
  })
})

describe('people', () => {
  const people = [
    { name: 'Zoé Martin', familyName: 'Martin' },
    { name: 'Léa Écart', familyName: 'Écart' },
    { name: 'Paul Dupuis', familyName: 'Dupuis' },
    { name: 'Anne Dupuis', familyName: 'Dupuis' },
    { name: 'Yves Faure', familyName: 'Faure' },
  ]

  it('sorts by family name with French collation, then by full name', () => {
    expect(byFamilyName(people).map((p) => p.name)).toEqual([
      'Anne Dupuis',
      'Paul Dupuis',
      'Léa Écart',
      'Yves Faure',
      'Zoé Martin',
    ])
  })

  it('groups under unaccented initials', () => {
    expect(groupByLetter(people).map((g) => [g.letter, g.people.length])).toEqual([
      ['D', 2],
      ['E', 1],
      ['F', 1],
      ['M', 1],
    ])
  })

  it('splits current and past roles, newest first', () => {
    const { current, past } = splitRoles([
      { title: 'Administratrice', start: '2013-06-01', end: '2026-06-18' },
      { title: 'Présidente', start: '2026-06-18', end: null },
      { title: 'Cofondatrice', start: '2009-03-01', end: '2021-11-15' },
      { title: 'Présidente RDN', start: '2009-01-01', end: null },
    ])
    expect(current.map((r) => r.title)).toEqual(['Présidente', 'Présidente RDN'])
    expect(past.map((r) => r.title)).toEqual(['Administratrice', 'Cofondatrice'])
  })
})

describe('breadcrumbList', () => {
  it('lists linked steps with absolute URLs and consecutive positions', () => {
    const data = breadcrumbList('https://kiosque.example', [
      { label: 'Accueil', href: '/' },
      { label: 'Tribunes', href: null },
      { label: 'Un titre', href: '/articles/un-titre' },
    ])
    expect(data['@type']).toBe('BreadcrumbList')
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Accueil', item: 'https://kiosque.example/' },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Un titre',
        item: 'https://kiosque.example/articles/un-titre',
      },
    ])
  })
})

describe('personJsonLd', () => {
  const person = {
    name: 'Claire Vasseur',
    givenName: 'Claire',
    familyName: 'Vasseur',
    jobTitle: null,
    portrait: { asset: { url: '/images/claire.png' } },
  }

  it('gives absolute URLs and leaves out what is unknown', () => {
    const data = personJsonLd('https://kiosque.example', '/personnalites/claire-vasseur', person)
    expect(data).toMatchObject({
      '@type': 'Person',
      name: 'Claire Vasseur',
      url: 'https://kiosque.example/personnalites/claire-vasseur',
      image: 'https://kiosque.example/images/claire.png',
    })
    expect(data.jobTitle).toBeUndefined()
  })

  it('adds what only one page knows', () => {
    const data = personJsonLd(
      'https://kiosque.example',
      '/auteurs/x',
      { ...person, portrait: null },
      {
        worksFor: { '@type': 'NewsMediaOrganization', name: 'Kiosque' },
      },
    )
    expect(data.image).toBeUndefined()
    expect(data.worksFor).toEqual({ '@type': 'NewsMediaOrganization', name: 'Kiosque' })
  })
})
