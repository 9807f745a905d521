import { bullets, h2, p, quote } from '../../lib/pt'
import type { ArticleInput } from '../types'

/** A portrait and a news story. */
export const features: ArticleInput[] = [
  {
    slug: 'jean-baptiste-ollivry-architecte-discret',
    kind: 'portrait',
    headline:
      'Jean-Baptiste Ollivry, l’architecte discret de l’Agence des transitions professionnelles',
    standfirst:
      'Il a conduit la disparition de l’ONPP et la naissance de l’Agence des transitions professionnelles sans grève ni rupture de service. Portrait d’un haut fonctionnaire qui préfère les tableaux de bord aux tribunes.',
    publishedAt: '2026-10-20T06:30:00Z',
    interviewee: 'jean-baptiste-ollivry',
    authors: ['lea-bouchardy'],
    tags: ['emploi', 'formation', 'gouvernance'],
    body: [
      p(
        'Dans son bureau du douzième arrondissement, [[p:jean-baptiste-ollivry|Jean-Baptiste Ollivry]] a gardé un seul souvenir de l’ancienne maison : une carte de France où figuraient les 780 agences locales de l’[[o:office-national-des-parcours-professionnels|Office national des parcours professionnels]]. Il l’a fait encadrer en janvier 2024, le jour où l’établissement a laissé la place à l’[[o:agence-des-transitions-professionnelles|Agence des transitions professionnelles]].',
      ),
      h2('Une fusion sans fracas'),
      p(
        'Nommé à la tête de l’ONPP en 2019, il hérite d’une institution critiquée pour sa lenteur et d’un projet de réforme que ses prédécesseurs avaient renoncé à porter. Il choisit de commencer par les agents : plus de deux cents réunions dans les régions, un accord de méthode signé avec les syndicats, une promesse tenue de n’imposer aucune mobilité géographique. « On ne transforme pas un service public contre ceux qui le font vivre », répète-t-il.',
      ),
      p(
        'Le résultat tient en quelques chiffres. L’agence compte aujourd’hui treize directions régionales et 51 000 agents ; le délai moyen entre l’inscription et le premier entretien est passé de trois semaines à six jours.',
      ),
      quote(
        '« Mon travail consiste à rendre les choses ennuyeuses : un dossier qui suit la personne, des règles identiques partout, des partenaires qui savent à qui parler. »',
      ),
      h2('Des partenaires exigeants'),
      p(
        'Tout n’est pas réglé. Les réseaux d’insertion, à commencer par [[o:ouvrages-communs|Ouvrages Communs]], réclament davantage de souplesse, et les écoles comme l’[[o:ecole-des-transitions-numeriques|École des transitions numériques]] attendent des achats de formation plus prévisibles. Parmi ceux qui l’ont vu travailler, [[p:mathilde-sarrazet|Mathilde Sarrazet]], qui a dirigé la région Pays de la Loire de l’agence, salue « un patron qui lit les notes jusqu’au bout ».',
      ),
      p('Ses trois chantiers pour 2027 :'),
      ...bullets([
        'le dossier unique partagé avec les structures d’insertion ;',
        'l’ouverture des données de placement par bassin d’emploi ;',
        'un contrat d’objectifs pluriannuel avec l’État.',
      ]),
    ],
  },
  {
    slug: 'groupe-opaline-fait-de-lyon-son-pole-logiciel',
    kind: 'news',
    headline:
      'Cinq ans après le rachat de Logisphère, le groupe Opaline fait de Lyon son pôle logiciel',
    standfirst:
      'Le groupe bruxellois de services en logiciel libre annonce 60 recrutements à Lyon et le regroupement de ses équipes d’édition françaises sur l’ancien site de Logisphère.',
    publishedAt: '2026-09-22T09:00:00Z',
    hero: {
      banner: {
        title: 'Opaline a Lyon',
        subtitle: 'Logiciel libre',
        from: '#eef2f7',
        to: '#c8d6e5',
        ink: '#0b4f6c',
      },
      alt: 'Illustration géométrique bleue portant l’inscription « Opaline à Lyon »',
    },
    authors: ['etienne-garandeau'],
    tags: ['numerique', 'emploi'],
    body: [
      p(
        'Le [[o:groupe-opaline|groupe Opaline]] a présenté mardi à ses salariés son plan pour la France : d’ici fin 2027, ses équipes d’édition de logiciels seront regroupées à Lyon, sur le site de [[o:logisphere|Logisphère]], l’éditeur qu’il avait racheté en novembre 2021. Soixante postes de développeurs, d’ingénieurs support et de chefs de produit seront ouverts.',
      ),
      p(
        '« Logisphère nous a apporté un savoir-faire et une culture produit que nous n’avions pas », explique [[p:olivier-castagnede|Olivier Castagnède]], président-directeur général du groupe, qui emploie 2 600 personnes dans sept pays. Le site lyonnais compte aujourd’hui un peu plus de 200 salariés, contre 140 au moment de l’acquisition.',
      ),
      h2('Un signal pour la filière'),
      p(
        'L’annonce est saluée par [[o:numeria|Numéria]], dont le groupe est adhérent depuis 2022. Sa présidente, [[p:helene-varambon|Hélène Varambon]], élue en juin et cofondatrice de Logisphère, y voit la preuve qu’« un rachat peut renforcer un territoire plutôt que le vider ». Le groupe indique travailler avec l’[[o:ecole-des-transitions-numeriques|École des transitions numériques]] pour former une partie des recrues en alternance, et présentera son projet lors des prochaines Rencontres des directions numériques.',
      ),
    ],
    organisations: ['rencontres-des-directions-numeriques'],
  },
]
