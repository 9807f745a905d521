import type { PersonInput } from './types'

/** The Kiosque newsroom: authors of the articles. */
export const journalists: PersonInput[] = [
  {
    slug: 'camille-roussey',
    givenName: 'Camille',
    familyName: 'Roussey',
    jobTitle: 'rédactrice en chef de Kiosque',
    isJournalist: true,
    look: { hair: 'bob', skin: 2, hairTone: 1, outfit: 3, backdrop: 5 },
    roles: [],
    biography: ['Camille Roussey dirige la rédaction de Kiosque et signe les éditoriaux.'],
    career: [
      { year: 2008, text: 'Diplômée d’une école de journalisme.' },
      { year: 2019, text: 'Rédactrice en chef de Kiosque.' },
    ],
    links: [{ label: 'Contacter la rédaction', url: 'https://kiosque.example.com/redaction' }],
  },
  {
    slug: 'etienne-garandeau',
    givenName: 'Étienne',
    familyName: 'Garandeau',
    jobTitle: 'journaliste, entreprises et numérique',
    isJournalist: true,
    look: { hair: 'short', skin: 1, hairTone: 1, outfit: 5, backdrop: 0, glasses: true },
    roles: [],
    biography: [
      'Étienne Garandeau suit le numérique, l’industrie et les organisations patronales.',
    ],
    career: [{ year: 2016, text: 'Rejoint la rédaction de Kiosque.' }],
    links: [],
  },
  {
    slug: 'lea-bouchardy',
    givenName: 'Léa',
    familyName: 'Bouchardy',
    jobTitle: 'journaliste, économie sociale et territoires',
    isJournalist: true,
    look: { hair: 'long', skin: 3, hairTone: 2, outfit: 6, backdrop: 3 },
    roles: [],
    biography: [
      'Léa Bouchardy couvre l’économie sociale et solidaire, la santé et les territoires.',
    ],
    career: [{ year: 2020, text: 'Rejoint la rédaction de Kiosque.' }],
    links: [],
  },
]
