import type { PersonInput } from './types'

/** Other leaders cited in the articles, and the newsroom (authors). */
export const otherPeople: PersonInput[] = [
  {
    slug: 'jean-baptiste-ollivry',
    givenName: 'Jean-Baptiste',
    familyName: 'Ollivry',
    jobTitle: 'directeur général de l’Agence des transitions professionnelles',
    look: { hair: 'short', skin: 2, hairTone: 1, outfit: 0, backdrop: 2, shirt: true },
    roles: [
      {
        organisation: 'agence-des-transitions-professionnelles',
        title: 'Directeur général',
        start: '2024-01-01',
      },
      {
        organisation: 'office-national-des-parcours-professionnels',
        title: 'Directeur général',
        start: '2019-09-01',
        end: '2023-12-31',
      },
    ],
    biography: [
      'Haut fonctionnaire passé par plusieurs préfectures, Jean-Baptiste Ollivry a dirigé l’[[o:office-national-des-parcours-professionnels|ONPP]] puis conduit sa transformation en [[o:agence-des-transitions-professionnelles|Agence des transitions professionnelles]].',
    ],
    career: [
      { year: 1997, text: 'Diplômé d’un institut d’études politiques.' },
      { year: 2001, text: 'Sous-préfet chargé de l’emploi et du développement économique.' },
      { year: 2012, text: 'Directeur du travail et de l’emploi dans une région de l’Est.' },
      {
        year: 2019,
        month: 9,
        text: 'Directeur général de l’Office national des parcours professionnels.',
        organisation: 'office-national-des-parcours-professionnels',
      },
      {
        year: 2024,
        month: 1,
        text: 'Premier directeur général de l’Agence des transitions professionnelles.',
        organisation: 'agence-des-transitions-professionnelles',
      },
    ],
    links: [{ label: 'Page de l’agence', url: 'https://atp.example.org/direction' }],
  },
  {
    slug: 'olivier-castagnede',
    givenName: 'Olivier',
    familyName: 'Castagnède',
    jobTitle: 'président-directeur général du groupe Opaline',
    look: { hair: 'short', skin: 0, hairTone: 4, outfit: 3, backdrop: 0 },
    roles: [
      { organisation: 'groupe-opaline', title: 'Président-directeur général', start: '2015-05-01' },
    ],
    biography: [
      'Ancien développeur devenu patron d’un groupe de 2 600 personnes, Olivier Castagnède dirige le [[o:groupe-opaline|groupe Opaline]] depuis 2015.',
    ],
    career: [
      { year: 1994, text: 'Diplômé d’une école d’ingénieurs belge.' },
      {
        year: 2001,
        text: 'Cofonde à Bruxelles la société qui deviendra Opaline.',
        organisation: 'groupe-opaline',
      },
      {
        year: 2015,
        month: 5,
        text: 'Président-directeur général du groupe Opaline.',
        organisation: 'groupe-opaline',
      },
      {
        year: 2021,
        month: 11,
        text: 'Conduit le rachat de Logisphère.',
        organisation: 'logisphere',
      },
    ],
    links: [{ label: 'Site du groupe', url: 'https://opaline.example.com/gouvernance' }],
  },
  {
    slug: 'sophie-lemarquis',
    givenName: 'Sophie',
    familyName: 'Lemarquis',
    jobTitle: 'ancienne présidente de Numéria',
    look: { hair: 'bob', skin: 1, hairTone: 3, outfit: 5, backdrop: 4 },
    roles: [
      { organisation: 'numeria', title: 'Présidente', start: '2020-06-01', end: '2026-06-18' },
      {
        organisation: 'alliance-nationale-des-employeurs',
        title: 'Membre du conseil exécutif',
        start: '2022-07-01',
      },
    ],
    biography: [
      'Fondatrice d’un éditeur de logiciels pour les collectivités, Sophie Lemarquis a présidé [[o:numeria|Numéria]] de 2020 à 2026.',
    ],
    career: [
      { year: 1996, text: 'Fonde un éditeur de logiciels pour les collectivités locales.' },
      { year: 2020, month: 6, text: 'Élue présidente de Numéria.', organisation: 'numeria' },
      {
        year: 2022,
        month: 7,
        text: 'Entre au conseil exécutif de l’Alliance nationale des employeurs.',
        organisation: 'alliance-nationale-des-employeurs',
      },
    ],
    links: [],
  },
  {
    slug: 'thierry-vanbelle',
    givenName: 'Thierry',
    familyName: 'Vanbelle',
    jobTitle: 'délégué général de la FMNC',
    look: { hair: 'short', skin: 0, hairTone: 2, outfit: 7, backdrop: 3, glasses: true },
    roles: [
      {
        organisation: 'federation-des-metiers-du-numerique-et-du-conseil',
        title: 'Délégué général',
        start: '2018-02-01',
      },
    ],
    biography: [
      'Juriste du droit social, Thierry Vanbelle est délégué général de la [[o:federation-des-metiers-du-numerique-et-du-conseil|FMNC]] depuis 2018.',
    ],
    career: [
      { year: 1999, text: 'Avocat en droit social.' },
      {
        year: 2009,
        text: 'Directeur des affaires sociales de la FMNC.',
        organisation: 'federation-des-metiers-du-numerique-et-du-conseil',
      },
      {
        year: 2018,
        month: 2,
        text: 'Délégué général de la FMNC.',
        organisation: 'federation-des-metiers-du-numerique-et-du-conseil',
      },
    ],
    links: [],
  },
  {
    slug: 'marion-delestrac',
    givenName: 'Marion',
    familyName: 'Delestrac',
    jobTitle: 'présidente de l’Alliance nationale des employeurs',
    look: { hair: 'long', skin: 0, hairTone: 3, outfit: 1, backdrop: 1 },
    roles: [
      {
        organisation: 'alliance-nationale-des-employeurs',
        title: 'Présidente',
        start: '2023-07-05',
      },
    ],
    biography: [
      'Dirigeante d’une entreprise de logistique frigorifique, Marion Delestrac préside l’[[o:alliance-nationale-des-employeurs|Alliance nationale des employeurs]] depuis 2023.',
    ],
    career: [
      { year: 1993, text: 'Diplômée d’une école de commerce.' },
      {
        year: 2006,
        text: 'Reprend l’entreprise familiale de transport frigorifique, à Cavaillon.',
      },
      {
        year: 2016,
        text: 'Présidente de la Fédération des mobilités et de la logistique.',
        organisation: 'federation-des-mobilites-et-de-la-logistique',
      },
      {
        year: 2023,
        month: 7,
        text: 'Élue présidente de l’Alliance nationale des employeurs.',
        organisation: 'alliance-nationale-des-employeurs',
      },
    ],
    links: [],
  },
  {
    slug: 'agnes-pellerot',
    givenName: 'Agnès',
    familyName: 'Pellerot',
    jobTitle: 'présidente de l’UNESS',
    look: { hair: 'curly', skin: 4, hairTone: 4, outfit: 2, backdrop: 3, glasses: true },
    roles: [
      {
        organisation: 'union-nationale-de-l-economie-sociale-et-solidaire',
        title: 'Présidente',
        start: '2022-06-15',
      },
    ],
    biography: [
      'Issue du monde mutualiste, Agnès Pellerot préside l’[[o:union-nationale-de-l-economie-sociale-et-solidaire|Union nationale de l’économie sociale et solidaire]] depuis 2022.',
    ],
    career: [
      { year: 1990, text: 'Entre dans une mutuelle de santé comme conseillère.' },
      { year: 2008, text: 'Directrice générale d’une mutuelle régionale.' },
      {
        year: 2022,
        month: 6,
        text: 'Élue présidente de l’UNESS.',
        organisation: 'union-nationale-de-l-economie-sociale-et-solidaire',
      },
    ],
    links: [],
  },
]
