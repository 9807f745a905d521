import type { OrganisationInput } from './types'

/** Social economy, agriculture, health, culture and the public employment agencies. */
export const societyOrganisations: OrganisationInput[] = [
  {
    slug: 'union-nationale-de-l-economie-sociale-et-solidaire',
    name: 'Union nationale de l’économie sociale et solidaire',
    shortName: 'UNESS',
    kind: 'federation',
    founded: 1976,
    city: 'Paris',
    description: [
      'Tête de réseau des coopératives, mutuelles, associations et fondations employeuses. Elle porte leur voix auprès des pouvoirs publics et anime des chambres régionales.',
    ],
    figures: [
      { label: 'réseaux membres', value: 38 },
      { label: 'salariés dans les structures représentées', value: 2100000 },
    ],
    relations: [],
    logo: { motif: 'sun', palette: 1, monogram: 'UNES' },
  },
  {
    slug: 'ouvrages-communs',
    name: 'Ouvrages Communs',
    kind: 'association',
    founded: 1994,
    city: 'Clermont-Ferrand',
    description: [
      'Réseau national des entreprises d’insertion par l’activité économique : recycleries, chantiers du bâtiment, services aux personnes et logistique.',
    ],
    figures: [
      { label: 'structures adhérentes', value: 870, asOf: '2026-09-30' },
      { label: 'salariés en parcours d’insertion', value: 42000, asOf: '2026-09-30' },
    ],
    relations: [
      {
        kind: 'memberOf',
        target: 'union-nationale-de-l-economie-sociale-et-solidaire',
        start: '1998-01-01',
      },
    ],
    logo: { motif: 'rings', palette: 6, monogram: 'OC' },
  },
  {
    slug: 'cooperative-les-sillons',
    name: 'Coopérative Les Sillons',
    shortName: 'Les Sillons',
    kind: 'company',
    founded: 1962,
    city: 'Pontivy',
    description: [
      'Coopérative agricole bretonne de collecte de lait et de céréales, propriété de ses associés coopérateurs, qui transforme une partie de sa production dans trois usines du Morbihan.',
    ],
    figures: [
      { label: 'agriculteurs associés', value: 3800, asOf: '2026-06-30' },
      { label: 'salariés', value: 1900 },
    ],
    relations: [
      {
        kind: 'memberOf',
        target: 'union-nationale-de-l-economie-sociale-et-solidaire',
        start: '2009-01-01',
      },
    ],
    logo: { motif: 'stripes', palette: 1, monogram: 'LS' },
  },
  {
    slug: 'sillons-bio-distribution',
    name: 'Sillons Bio Distribution',
    kind: 'company',
    founded: 2011,
    city: 'Vannes',
    description: [
      'Filiale de distribution de la [[o:cooperative-les-sillons|coopérative Les Sillons]] consacrée aux produits issus de l’agriculture biologique, vendus en magasins spécialisés et en restauration collective.',
    ],
    figures: [{ label: 'points de vente livrés', value: 620 }],
    relations: [{ kind: 'subsidiaryOf', target: 'cooperative-les-sillons', start: '2011-04-01' }],
    logo: { motif: 'grid', palette: 1, monogram: 'SBD' },
  },
  {
    slug: 'sante-proximite',
    name: 'Santé Proximité',
    kind: 'association',
    founded: 2008,
    city: 'Tours',
    description: [
      'Fédération associative des maisons et centres de santé pluriprofessionnels. Elle accompagne les projets d’installation dans les territoires où les médecins manquent.',
    ],
    figures: [
      { label: 'maisons et centres de santé adhérents', value: 520, asOf: '2026-05-31' },
      { label: 'délégations régionales', value: 11 },
    ],
    relations: [
      {
        kind: 'memberOf',
        target: 'union-nationale-de-l-economie-sociale-et-solidaire',
        start: '2014-01-01',
      },
    ],
    logo: { motif: 'blocks', palette: 2, monogram: 'SP' },
  },
  {
    slug: 'federation-des-scenes-et-arts-vivants',
    name: 'Fédération des scènes et arts vivants',
    shortName: 'FSAV',
    kind: 'federation',
    founded: 1989,
    city: 'Marseille',
    description: [
      'Fédération des compagnies, lieux de création et festivals indépendants du théâtre, de la danse, du cirque et des arts de la rue.',
    ],
    figures: [{ label: 'structures adhérentes', value: 1150, asOf: '2026-07-01' }],
    relations: [
      {
        kind: 'memberOf',
        target: 'union-nationale-de-l-economie-sociale-et-solidaire',
        start: '2003-01-01',
      },
    ],
    logo: { motif: 'arch', palette: 7, monogram: 'FSAV' },
  },
  {
    slug: 'office-national-des-parcours-professionnels',
    name: 'Office national des parcours professionnels',
    shortName: 'ONPP',
    kind: 'publicBody',
    founded: 1998,
    city: 'Paris',
    description: [
      'Établissement public chargé de l’accompagnement des demandeurs d’emploi et du financement des formations de reconversion, remplacé le 1er janvier 2024 par l’[[o:agence-des-transitions-professionnelles|Agence des transitions professionnelles]].',
    ],
    figures: [{ label: 'agences locales', value: 780, asOf: '2023-12-31' }],
    relations: [],
    logo: { motif: 'diamond', palette: 6, monogram: 'ONPP' },
  },
  {
    slug: 'agence-des-transitions-professionnelles',
    name: 'Agence des transitions professionnelles',
    shortName: 'ATP',
    kind: 'publicBody',
    founded: 2024,
    city: 'Paris',
    description: [
      'Opérateur public de l’emploi et des reconversions, né de la reprise des missions de l’[[o:office-national-des-parcours-professionnels|ONPP]] et de plusieurs dispositifs régionaux de formation.',
    ],
    figures: [
      { label: 'directions régionales', value: 13 },
      { label: 'agents', value: 51000, asOf: '2026-01-01' },
    ],
    relations: [
      {
        kind: 'successorOf',
        target: 'office-national-des-parcours-professionnels',
        start: '2024-01-01',
      },
    ],
    logo: { motif: 'rings', palette: 5, monogram: 'ATP' },
  },
]
