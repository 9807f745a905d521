import type { PersonInput } from './types'

/** The interviewees of « Nomination du mois », November back to August 2026. */
export const intervieweesA: PersonInput[] = [
  {
    slug: 'helene-varambon',
    givenName: 'Hélène',
    familyName: 'Varambon',
    jobTitle: 'présidente de Numéria',
    look: { hair: 'bob', skin: 0, hairTone: 2, outfit: 0, backdrop: 1, glasses: true },
    roles: [
      { organisation: 'numeria', title: 'Présidente', start: '2026-06-18' },
      { organisation: 'numeria', title: 'Administratrice', start: '2013-06-01', end: '2026-06-18' },
      {
        organisation: 'rencontres-des-directions-numeriques',
        title: 'Présidente',
        start: '2009-01-01',
      },
      {
        organisation: 'logisphere',
        title: 'Cofondatrice et directrice générale',
        start: '2009-03-01',
        end: '2021-11-15',
      },
      {
        organisation: 'groupe-opaline',
        title: 'Directrice de la stratégie France',
        start: '2021-11-15',
        end: '2026-06-30',
      },
    ],
    biography: [
      'Ingénieure de formation, Hélène Varambon a passé vingt-cinq ans à créer et diriger des éditeurs de logiciels. Cofondatrice de [[o:logisphere|Logisphère]], elle préside depuis juin 2026 [[o:numeria|Numéria]], dont elle était administratrice depuis 2013.',
    ],
    career: [
      { year: 1998, text: 'Diplômée d’une école d’ingénieurs en informatique à Grenoble.' },
      {
        year: 1999,
        text: 'Cofonde Tessiture, start-up de recherche documentaire revendue en 2001 à un éditeur allemand.',
      },
      {
        year: 2002,
        text: 'Directrice générale de deux éditeurs de logiciels de gestion, à Lyon puis à Annecy.',
      },
      {
        year: 2009,
        month: 3,
        text: 'Cofonde Logisphère, éditeur de logiciels de maintenance bâti sur des briques libres.',
        organisation: 'logisphere',
      },
      {
        year: 2009,
        text: 'Prend la présidence des Rencontres des directions numériques.',
        organisation: 'rencontres-des-directions-numeriques',
      },
      {
        year: 2013,
        text: 'Entre au conseil d’administration de Numéria.',
        organisation: 'numeria',
      },
      {
        year: 2019,
        text: 'Pilote les programmes « Numérique au féminin » et « Territoires connectés » de Numéria.',
        organisation: 'numeria',
      },
      {
        year: 2021,
        month: 11,
        text: 'Logisphère est racheté par le groupe Opaline, dont elle rejoint la direction France.',
        organisation: 'groupe-opaline',
      },
      { year: 2026, month: 6, text: 'Élue présidente de Numéria.', organisation: 'numeria' },
    ],
    links: [
      {
        label: 'Profil sur le site de Numéria',
        url: 'https://numeria.example.org/gouvernance/helene-varambon',
      },
      { label: 'Blog personnel', url: 'https://varambon.example.com' },
    ],
  },
  {
    slug: 'samuel-tiemtore',
    givenName: 'Samuel',
    familyName: 'Tiemtoré',
    jobTitle: 'président d’Ouvrages Communs',
    look: { hair: 'short', skin: 5, hairTone: 0, outfit: 2, backdrop: 0, shirt: true },
    roles: [
      { organisation: 'ouvrages-communs', title: 'Président', start: '2026-09-24' },
      {
        organisation: 'ouvrages-communs',
        title: 'Trésorier',
        start: '2015-06-01',
        end: '2026-09-24',
      },
      {
        organisation: 'union-nationale-de-l-economie-sociale-et-solidaire',
        title: 'Administrateur',
        start: '2021-06-01',
      },
    ],
    biography: [
      'Fondateur d’une recyclerie devenue l’une des plus grandes entreprises d’insertion d’Auvergne, Samuel Tiemtoré a été élu en septembre 2026 à la tête d’[[o:ouvrages-communs|Ouvrages Communs]].',
    ],
    career: [
      { year: 2002, text: 'Master d’économie sociale à Clermont-Ferrand.' },
      {
        year: 2005,
        text: 'Fonde la Recyclerie des Coteaux, entreprise d’insertion de collecte et de réemploi.',
      },
      {
        year: 2015,
        text: 'Trésorier d’Ouvrages Communs.',
        organisation: 'ouvrages-communs',
      },
      {
        year: 2021,
        text: 'Administrateur de l’Union nationale de l’économie sociale et solidaire.',
        organisation: 'union-nationale-de-l-economie-sociale-et-solidaire',
      },
      {
        year: 2026,
        month: 9,
        text: 'Élu président d’Ouvrages Communs.',
        organisation: 'ouvrages-communs',
      },
    ],
    links: [{ label: 'La Recyclerie des Coteaux', url: 'https://recyclerie-coteaux.example.com' }],
  },
  {
    slug: 'mathilde-sarrazet',
    givenName: 'Mathilde',
    familyName: 'Sarrazet',
    jobTitle: 'directrice générale de l’École des transitions numériques',
    look: { hair: 'long', skin: 1, hairTone: 0, outfit: 6, backdrop: 2 },
    roles: [
      {
        organisation: 'ecole-des-transitions-numeriques',
        title: 'Directrice générale',
        start: '2026-08-25',
      },
      {
        organisation: 'agence-des-transitions-professionnelles',
        title: 'Directrice régionale Pays de la Loire',
        start: '2024-01-01',
        end: '2026-07-31',
      },
      {
        organisation: 'office-national-des-parcours-professionnels',
        title: 'Cheffe de projet, puis responsable des achats de formation',
        start: '2008-09-01',
        end: '2023-12-31',
      },
    ],
    biography: [
      'Docteure en sciences de l’éducation, Mathilde Sarrazet a consacré quinze ans aux politiques de reconversion au sein du service public de l’emploi avant de prendre, en août 2026, la direction de l’[[o:ecole-des-transitions-numeriques|École des transitions numériques]].',
    ],
    career: [
      {
        year: 2004,
        text: 'Doctorat en sciences de l’éducation consacré à la formation des adultes.',
      },
      {
        year: 2008,
        text: 'Rejoint l’Office national des parcours professionnels comme cheffe de projet formation.',
        organisation: 'office-national-des-parcours-professionnels',
      },
      {
        year: 2017,
        text: 'Responsable nationale des achats de formation de l’ONPP.',
        organisation: 'office-national-des-parcours-professionnels',
      },
      {
        year: 2024,
        month: 1,
        text: 'Directrice régionale Pays de la Loire de l’Agence des transitions professionnelles.',
        organisation: 'agence-des-transitions-professionnelles',
      },
      {
        year: 2026,
        month: 8,
        text: 'Nommée directrice générale de l’École des transitions numériques.',
        organisation: 'ecole-des-transitions-numeriques',
      },
    ],
    links: [
      { label: 'Profil professionnel', url: 'https://profils.example.net/mathilde-sarrazet' },
    ],
  },
  {
    slug: 'ines-carrada',
    givenName: 'Inès',
    familyName: 'Carrada',
    jobTitle: 'présidente de la Fédération des scènes et arts vivants',
    look: { hair: 'curly', skin: 2, hairTone: 0, outfit: 1, backdrop: 4 },
    roles: [
      {
        organisation: 'federation-des-scenes-et-arts-vivants',
        title: 'Présidente',
        start: '2026-07-09',
      },
      {
        organisation: 'federation-des-scenes-et-arts-vivants',
        title: 'Administratrice',
        start: '2018-01-01',
        end: '2026-07-09',
      },
    ],
    biography: [
      'Comédienne puis directrice de lieu, Inès Carrada dirige La Friche du Canal à Marseille. Elle a été élue en juillet 2026 à la présidence de la [[o:federation-des-scenes-et-arts-vivants|Fédération des scènes et arts vivants]].',
    ],
    career: [
      { year: 2000, text: 'Sort du conservatoire d’art dramatique de Marseille.' },
      {
        year: 2005,
        text: 'Cofonde la compagnie Les Vents contraires, qui tourne dans les festivals du Sud.',
      },
      {
        year: 2013,
        text: 'Prend la direction de La Friche du Canal, lieu de création dans une ancienne minoterie.',
      },
      {
        year: 2018,
        text: 'Administratrice de la Fédération des scènes et arts vivants.',
        organisation: 'federation-des-scenes-et-arts-vivants',
      },
      {
        year: 2026,
        month: 7,
        text: 'Élue présidente de la fédération.',
        organisation: 'federation-des-scenes-et-arts-vivants',
      },
    ],
    links: [{ label: 'La Friche du Canal', url: 'https://friche-du-canal.example.org' }],
  },
]
