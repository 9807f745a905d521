import type { OrganisationInput } from './types'

/** Employers’ side of the graph: a confederation, its federations and their member unions. */
export const employerOrganisations: OrganisationInput[] = [
  {
    slug: 'alliance-nationale-des-employeurs',
    name: 'Alliance nationale des employeurs',
    shortName: 'ANE',
    kind: 'confederation',
    founded: 1946,
    city: 'Paris',
    description: [
      'Confédération interprofessionnelle qui fédère les branches de l’industrie, des services et du commerce. Elle siège dans les instances paritaires nationales et négocie les accords interprofessionnels.',
    ],
    figures: [
      { label: 'entreprises représentées', value: 182000, asOf: '2026-01-01' },
      { label: 'fédérations professionnelles', value: 87, asOf: '2026-01-01' },
    ],
    relations: [],
    logo: { motif: 'grid', palette: 0, monogram: 'ANE' },
  },
  {
    slug: 'federation-des-metiers-du-numerique-et-du-conseil',
    name: 'Fédération des métiers du numérique et du conseil',
    shortName: 'FMNC',
    kind: 'federation',
    founded: 1969,
    city: 'Paris',
    description: [
      'Fédération professionnelle des éditeurs de logiciels, des sociétés de conseil, de l’ingénierie et des entreprises de services numériques. Elle gère la convention collective de la branche.',
    ],
    figures: [
      { label: 'entreprises adhérentes', value: 3150, asOf: '2026-01-01' },
      { label: 'syndicats membres', value: 4 },
      { label: 'salariés couverts par la convention collective', value: 980000 },
    ],
    relations: [
      { kind: 'attachedTo', target: 'alliance-nationale-des-employeurs', start: '1969-06-01' },
    ],
    logo: { motif: 'arch', palette: 2, monogram: 'FMNC' },
  },
  {
    slug: 'numeria',
    name: 'Numéria',
    kind: 'union',
    founded: 1984,
    city: 'Paris',
    description: [
      'Premier syndicat professionnel de la [[o:federation-des-metiers-du-numerique-et-du-conseil|FMNC]], Numéria rassemble éditeurs de logiciels, plateformes, entreprises de services numériques et conseils en technologies, de la jeune pousse au groupe international.',
      'Il anime douze délégations régionales et plusieurs programmes consacrés à la mixité des métiers techniques et à l’accès des PME au numérique.',
    ],
    figures: [
      { label: 'entreprises adhérentes', value: 2430, asOf: '2026-06-30' },
      { label: 'délégations régionales', value: 12 },
      { label: 'salariés dans les entreprises adhérentes', value: 410000, asOf: '2026-06-30' },
    ],
    relations: [
      {
        kind: 'memberOf',
        target: 'federation-des-metiers-du-numerique-et-du-conseil',
        start: '1984-10-01',
      },
    ],
    logo: { motif: 'rings', palette: 0, monogram: 'NUM' },
  },
  {
    slug: 'rencontres-des-directions-numeriques',
    name: 'Rencontres des directions numériques',
    shortName: 'RDN',
    kind: 'other',
    founded: 2005,
    city: 'Lyon',
    description: [
      'Sommet annuel qui réunit pendant deux jours les directrices et directeurs des systèmes d’information de grandes entreprises et de collectivités, adossé à Numéria depuis 2016.',
    ],
    figures: [{ label: 'participants à l’édition 2026', value: 1350 }],
    relations: [{ kind: 'attachedTo', target: 'numeria', start: '2016-01-01' }],
    logo: { motif: 'wave', palette: 6, monogram: 'RDN' },
  },
  {
    slug: 'logisphere',
    name: 'Logisphère',
    kind: 'company',
    founded: 2009,
    city: 'Lyon',
    description: [
      'Éditeur lyonnais de logiciels de gestion de flottes et de maintenance, construit sur des briques libres. Racheté fin 2021 par le [[o:groupe-opaline|groupe Opaline]], dont il constitue le pôle logiciel en France.',
    ],
    figures: [{ label: 'salariés', value: 140, asOf: '2021-12-31' }],
    relations: [
      { kind: 'acquiredBy', target: 'groupe-opaline', start: '2021-11-15' },
      { kind: 'memberOf', target: 'numeria', start: '2011-01-01', end: '2022-06-30' },
    ],
    logo: { motif: 'sun', palette: 5, monogram: 'LOG' },
  },
  {
    slug: 'groupe-opaline',
    name: 'Groupe Opaline',
    shortName: 'Opaline',
    kind: 'company',
    founded: 2001,
    city: 'Bruxelles',
    description: [
      'Groupe européen de services en logiciel libre présent dans sept pays. Il accompagne administrations et industriels dans la migration de leurs systèmes vers des solutions ouvertes.',
    ],
    figures: [
      { label: 'collaborateurs', value: 2600, asOf: '2026-01-01' },
      { label: 'chiffre d’affaires', value: 310, unit: 'M€', asOf: '2025-12-31' },
    ],
    relations: [{ kind: 'memberOf', target: 'numeria', start: '2022-07-01' }],
    logo: { motif: 'diamond', palette: 3, monogram: 'OPA' },
  },
  {
    slug: 'ecole-des-transitions-numeriques',
    name: 'École des transitions numériques',
    shortName: 'ETN',
    kind: 'school',
    founded: 2012,
    city: 'Nantes',
    description: [
      'École privée d’enseignement supérieur spécialisée dans la reconversion vers les métiers du numérique, en formation initiale, en alternance et en formation continue, sur quatre campus de l’Ouest.',
    ],
    figures: [
      { label: 'apprenants par an', value: 4200, asOf: '2026-09-01' },
      { label: 'campus', value: 4 },
    ],
    relations: [{ kind: 'memberOf', target: 'numeria', start: '2015-03-01' }],
    logo: { motif: 'blocks', palette: 1, monogram: 'ETN' },
  },
  {
    slug: 'federation-des-industries-et-des-territoires',
    name: 'Fédération des industries et des territoires',
    shortName: 'FIT',
    kind: 'federation',
    founded: 1952,
    city: 'Lyon',
    description: [
      'Fédération des syndicats de l’industrie manufacturière, de la mécanique à la plasturgie. Elle défend une politique industrielle ancrée dans les bassins d’emploi.',
    ],
    figures: [{ label: 'syndicats membres', value: 21 }],
    relations: [
      { kind: 'attachedTo', target: 'alliance-nationale-des-employeurs', start: '1952-01-01' },
    ],
    logo: { motif: 'blocks', palette: 4, monogram: 'FIT' },
  },
  {
    slug: 'alliance-des-industries-de-precision',
    name: 'Alliance des industries de précision',
    shortName: 'AIP',
    kind: 'union',
    founded: 1978,
    city: 'Besançon',
    description: [
      'Syndicat des entreprises du décolletage, de la microtechnique et de l’usinage de précision, très implanté dans l’arc jurassien et la vallée de l’Arve.',
    ],
    figures: [
      { label: 'entreprises adhérentes', value: 640, asOf: '2026-03-31' },
      { label: 'salariés', value: 52000, asOf: '2026-03-31' },
    ],
    relations: [
      {
        kind: 'memberOf',
        target: 'federation-des-industries-et-des-territoires',
        start: '1980-01-01',
      },
    ],
    logo: { motif: 'stripes', palette: 4, monogram: 'AIP' },
  },
  {
    slug: 'federation-des-mobilites-et-de-la-logistique',
    name: 'Fédération des mobilités et de la logistique',
    shortName: 'FML',
    kind: 'federation',
    founded: 1961,
    city: 'Paris',
    description: [
      'Fédération des transporteurs de voyageurs, des logisticiens et des loueurs de véhicules industriels.',
    ],
    figures: [{ label: 'entreprises adhérentes', value: 5400 }],
    relations: [
      { kind: 'attachedTo', target: 'alliance-nationale-des-employeurs', start: '1961-01-01' },
    ],
    logo: { motif: 'arch', palette: 5, monogram: 'FML' },
  },
  {
    slug: 'union-des-transports-du-quotidien',
    name: 'Union des transports du quotidien',
    shortName: 'UTQ',
    kind: 'union',
    founded: 1990,
    city: 'Lille',
    description: [
      'Syndicat des opérateurs de bus, de tramways et de transport à la demande qui exploitent les réseaux urbains et interurbains pour le compte des collectivités.',
    ],
    figures: [
      { label: 'réseaux exploités', value: 312, asOf: '2026-01-01' },
      { label: 'conducteurs et conductrices', value: 61000 },
    ],
    relations: [
      {
        kind: 'memberOf',
        target: 'federation-des-mobilites-et-de-la-logistique',
        start: '1991-01-01',
      },
    ],
    logo: { motif: 'wave', palette: 7, monogram: 'UTQ' },
  },
]
