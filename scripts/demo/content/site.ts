import type { BannerStyle } from '../images/banner'

export const settings = {
  title: 'Kiosque',
  tagline: 'Le média de celles et ceux qui font bouger les entreprises et les territoires',
  description:
    'Kiosque raconte les entreprises, les réseaux et les personnes qui transforment l’économie : entretiens, portraits, décryptages et la « Nomination du mois ».',
  navigation: [
    { label: 'Accueil', href: '/' },
    { label: 'Nomination du mois', href: '/rubriques/nomination-du-mois' },
    { label: 'Regards croisés', href: '/rubriques/regards-croises' },
    { label: 'Personnalités', href: '/personnalites' },
    { label: 'Organisations', href: '/organisations' },
    { label: 'Recherche', href: '/recherche' },
  ],
  commentsAutoApproveKnownAuthors: false,
  commentsMaxDepth: 3,
  commentsPageSize: 10,
}

export interface SeriesInput {
  slug: string
  title: string
  description: string
  cadence: 'monthly' | 'weekly' | 'irregular'
  banner: BannerStyle
}

export const series: SeriesInput[] = [
  {
    slug: 'nomination-du-mois',
    title: 'Nomination du mois',
    description:
      'Chaque mois, trois questions à une personnalité qui vient de prendre la tête d’une organisation et qui fait bouger son secteur.',
    cadence: 'monthly',
    banner: {
      title: 'Nomination du mois',
      subtitle: 'Kiosque',
      from: '#f4e9d8',
      to: '#e3c9a6',
      ink: '#1d3557',
    },
  },
  {
    slug: 'regards-croises',
    title: 'Regards croisés',
    description:
      'Deux dirigeants, deux points de vue sur une même question : la rédaction confronte les expériences et laisse chacun aller au bout de son raisonnement.',
    cadence: 'irregular',
    banner: {
      title: 'Regards croisés',
      subtitle: 'Kiosque',
      from: '#e4eef2',
      to: '#b9d1dc',
      ink: '#0b4f6c',
    },
  },
]

export const siteBanner: BannerStyle = {
  title: 'Kiosque',
  subtitle: 'Entreprises et societe',
  from: '#f7f3e3',
  to: '#e0d6b8',
  ink: '#3d405b',
}

export const tags = [
  {
    slug: 'numerique',
    title: 'Numérique',
    description: 'Éditeurs, services numériques, données et compétences techniques.',
  },
  {
    slug: 'economie-sociale-et-solidaire',
    title: 'Économie sociale et solidaire',
    description: 'Coopératives, mutuelles, associations employeuses et insertion.',
  },
  {
    slug: 'industrie',
    title: 'Industrie',
    description: 'Production, sous-traitance et politique industrielle.',
  },
  {
    slug: 'sante',
    title: 'Santé',
    description: 'Accès aux soins, organisation des soins de ville et prévention.',
  },
  {
    slug: 'agriculture',
    title: 'Agriculture',
    description: 'Filières agricoles, coopératives et alimentation.',
  },
  {
    slug: 'culture',
    title: 'Culture',
    description: 'Spectacle vivant, création et économie de la culture.',
  },
  {
    slug: 'formation',
    title: 'Formation',
    description: 'Formation initiale, alternance, reconversion.',
  },
  {
    slug: 'mobilites',
    title: 'Mobilités',
    description: 'Transports du quotidien, logistique et décarbonation.',
  },
  {
    slug: 'emploi',
    title: 'Emploi',
    description: 'Recrutement, service public de l’emploi et dialogue social.',
  },
  {
    slug: 'gouvernance',
    title: 'Gouvernance',
    description: 'Élections, mandats et fonctionnement des organisations.',
  },
]
