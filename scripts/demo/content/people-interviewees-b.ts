import type { PersonInput } from './types'

/** The interviewees of « Nomination du mois », July back to April 2026. */
export const intervieweesB: PersonInput[] = [
  {
    slug: 'yannick-guernevel',
    givenName: 'Yannick',
    familyName: 'Guernevel',
    jobTitle: 'président de la coopérative Les Sillons',
    look: { hair: 'short', skin: 1, hairTone: 3, outfit: 4, backdrop: 3, shirt: true },
    roles: [
      { organisation: 'cooperative-les-sillons', title: 'Président', start: '2026-06-26' },
      {
        organisation: 'sillons-bio-distribution',
        title: 'Président',
        start: '2017-04-01',
        end: '2026-06-26',
      },
      {
        organisation: 'cooperative-les-sillons',
        title: 'Administrateur',
        start: '2008-06-01',
        end: '2026-06-26',
      },
    ],
    biography: [
      'Éleveur laitier près de Locminé, Yannick Guernevel a présidé pendant neuf ans la filiale biologique de la [[o:cooperative-les-sillons|coopérative Les Sillons]] avant d’en prendre la présidence en juin 2026.',
    ],
    career: [
      { year: 1996, text: 'BTS productions animales au lycée agricole de Pontivy.' },
      {
        year: 1999,
        text: 'S’installe sur l’exploitation familiale, qu’il convertit à l’agriculture biologique en 2010.',
      },
      {
        year: 2008,
        text: 'Élu administrateur de la coopérative Les Sillons.',
        organisation: 'cooperative-les-sillons',
      },
      {
        year: 2017,
        month: 4,
        text: 'Président de Sillons Bio Distribution.',
        organisation: 'sillons-bio-distribution',
      },
      {
        year: 2026,
        month: 6,
        text: 'Élu président de la coopérative Les Sillons.',
        organisation: 'cooperative-les-sillons',
      },
    ],
    links: [{ label: 'La ferme de Kerbihan', url: 'https://ferme-kerbihan.example.com' }],
  },
  {
    slug: 'claire-montadier',
    givenName: 'Claire',
    familyName: 'Montadier',
    jobTitle: 'directrice générale de Santé Proximité',
    look: { hair: 'bun', skin: 0, hairTone: 4, outfit: 5, backdrop: 1, glasses: true },
    roles: [
      { organisation: 'sante-proximite', title: 'Directrice générale', start: '2026-05-04' },
      {
        organisation: 'sante-proximite',
        title: 'Déléguée régionale Centre-Val de Loire',
        start: '2019-01-01',
        end: '2026-05-03',
      },
    ],
    biography: [
      'Spécialiste de santé publique, Claire Montadier a dirigé une maison de santé dans le Cher avant de rejoindre [[o:sante-proximite|Santé Proximité]], dont elle est directrice générale depuis mai 2026.',
    ],
    career: [
      { year: 2003, text: 'Master de santé publique à Rennes.' },
      { year: 2006, text: 'Chargée de mission offre de soins dans une agence régionale de santé.' },
      {
        year: 2012,
        text: 'Coordonne la création d’une maison de santé pluriprofessionnelle à Vierzon, puis la dirige.',
      },
      {
        year: 2019,
        text: 'Déléguée régionale Centre-Val de Loire de Santé Proximité.',
        organisation: 'sante-proximite',
      },
      {
        year: 2026,
        month: 5,
        text: 'Nommée directrice générale de Santé Proximité.',
        organisation: 'sante-proximite',
      },
    ],
    links: [{ label: 'Tribunes et interventions', url: 'https://claire-montadier.example.net' }],
  },
  {
    slug: 'nadia-ferrandou',
    givenName: 'Nadia',
    familyName: 'Ferrandou',
    jobTitle: 'présidente de l’Union des transports du quotidien',
    look: { hair: 'long', skin: 3, hairTone: 0, outfit: 3, backdrop: 5 },
    roles: [
      {
        organisation: 'union-des-transports-du-quotidien',
        title: 'Présidente',
        start: '2026-04-15',
      },
      {
        organisation: 'union-des-transports-du-quotidien',
        title: 'Vice-présidente',
        start: '2020-06-01',
        end: '2026-04-15',
      },
      {
        organisation: 'federation-des-mobilites-et-de-la-logistique',
        title: 'Administratrice',
        start: '2026-05-01',
      },
    ],
    biography: [
      'Passée par l’exploitation avant de diriger un réseau de bus des Hauts-de-France, Nadia Ferrandou préside depuis avril 2026 l’[[o:union-des-transports-du-quotidien|Union des transports du quotidien]].',
    ],
    career: [
      { year: 2001, text: 'Master de transport et logistique à Lyon.' },
      {
        year: 2003,
        text: 'Responsable d’exploitation d’un réseau de bus de la métropole lilloise.',
      },
      { year: 2014, text: 'Directrice générale du réseau interurbain Mobilis Flandres.' },
      {
        year: 2020,
        month: 6,
        text: 'Vice-présidente de l’Union des transports du quotidien.',
        organisation: 'union-des-transports-du-quotidien',
      },
      {
        year: 2026,
        month: 4,
        text: 'Élue présidente de l’Union des transports du quotidien.',
        organisation: 'union-des-transports-du-quotidien',
      },
      {
        year: 2026,
        month: 5,
        text: 'Entre au conseil de la Fédération des mobilités et de la logistique.',
        organisation: 'federation-des-mobilites-et-de-la-logistique',
      },
    ],
    links: [{ label: 'Profil professionnel', url: 'https://profils.example.net/nadia-ferrandou' }],
  },
  {
    slug: 'bertrand-aubriac',
    givenName: 'Bertrand',
    familyName: 'Aubriac',
    jobTitle: 'président de l’Alliance des industries de précision',
    look: {
      hair: 'bald',
      skin: 1,
      hairTone: 4,
      outfit: 7,
      backdrop: 5,
      glasses: true,
      shirt: true,
    },
    roles: [
      {
        organisation: 'alliance-des-industries-de-precision',
        title: 'Président',
        start: '2026-03-26',
      },
      {
        organisation: 'alliance-des-industries-de-precision',
        title: 'Administrateur',
        start: '2015-01-01',
        end: '2026-03-26',
      },
    ],
    biography: [
      'Dirigeant d’une entreprise familiale de décolletage dans le Doubs, Bertrand Aubriac a été élu en mars 2026 président de l’[[o:alliance-des-industries-de-precision|Alliance des industries de précision]].',
    ],
    career: [
      { year: 1992, text: 'Diplôme d’ingénieur en génie mécanique.' },
      {
        year: 1995,
        text: 'Ingénieur méthodes chez un sous-traitant aéronautique de Franche-Comté.',
      },
      {
        year: 2004,
        text: 'Reprend Aubriac Décolletage, l’entreprise fondée par son grand-père à Morteau.',
      },
      {
        year: 2015,
        text: 'Administrateur de l’Alliance des industries de précision.',
        organisation: 'alliance-des-industries-de-precision',
      },
      {
        year: 2026,
        month: 3,
        text: 'Élu président de l’Alliance des industries de précision.',
        organisation: 'alliance-des-industries-de-precision',
      },
    ],
    links: [{ label: 'Aubriac Décolletage', url: 'https://aubriac-decolletage.example.com' }],
  },
]
