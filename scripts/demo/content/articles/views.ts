import { h2, p, qa } from '../../lib/pt'
import type { ArticleInput } from '../types'

/** An editorial and the first « Regards croisés ». */
export const views: ArticleInput[] = [
  {
    slug: 'presidences-patronales-l-heure-des-batisseurs',
    kind: 'opinion',
    headline: 'Présidences : l’heure des bâtisseurs',
    standfirst:
      'Huit mois de « Nomination du mois » dessinent un portrait inattendu des nouveaux dirigeants d’organisations professionnelles : des fondateurs, des gens de terrain, et beaucoup de femmes. Une bonne nouvelle, à une condition.',
    publishedAt: '2026-11-24T06:00:00Z',
    hero: {
      banner: {
        title: 'Editorial',
        subtitle: 'Kiosque',
        from: '#fdf6ec',
        to: '#f0d9b5',
        ink: '#9c4221',
      },
      alt: 'Illustration orangée portant l’inscription « Éditorial »',
    },
    authors: ['camille-roussey'],
    tags: ['gouvernance'],
    body: [
      p(
        'Depuis avril, notre rubrique « Nomination du mois » a donné la parole à huit personnes qui venaient de prendre la tête d’une organisation. Relire ces entretiens à la suite est instructif. Aucun de ces dirigeants n’a fait carrière dans l’appareil des fédérations ; presque tous ont créé, repris ou dirigé une structure avant d’être élus.',
      ),
      p(
        '[[p:helene-varambon|Hélène Varambon]] a cofondé deux entreprises avant de présider [[o:numeria|Numéria]]. [[p:bertrand-aubriac|Bertrand Aubriac]] a repris l’atelier familial. [[p:samuel-tiemtore|Samuel Tiemtoré]] a monté une recyclerie, [[p:ines-carrada|Inès Carrada]] une compagnie de théâtre. Cinq des huit sont des femmes, dans des univers longtemps réputés fermés.',
      ),
      h2('Des programmes plutôt que des postures'),
      p(
        'Ce profil se lit dans leurs réponses. On y trouve peu de grandes déclarations et beaucoup de dispositifs précis : des parcours de reconversion de sept mois, des groupements d’employeurs, des diagnostics carbone ferme par ferme, un baromètre des pratiques d’achat. Ces bâtisseurs parlent de leurs adhérents comme d’entreprises à faire grandir, pas comme d’un électorat.',
      ),
      p(
        'Reste une condition pour que cette génération tienne ses promesses : qu’on lui laisse le temps. Des mandats de trois ans, parfois non renouvelables, suffisent rarement à mener à bien un chantier d’installation de jeunes agriculteurs ou de maisons de santé. Les organisations qui les ont élus devraient y réfléchir ; nous continuerons, chaque mois, à mesurer le chemin parcouru.',
      ),
    ],
  },
  {
    slug: 'regards-croises-competences-employeurs-et-economie-sociale',
    kind: 'interview',
    series: 'regards-croises',
    headline: 'Regards croisés : employeurs et économie sociale face à la pénurie de compétences',
    standfirst:
      'La présidente de l’Alliance nationale des employeurs et celle de l’Union nationale de l’économie sociale et solidaire confrontent leurs solutions aux difficultés de recrutement. Des désaccords, et un terrain d’entente.',
    publishedAt: '2026-06-25T07:00:00Z',
    hero: {
      banner: {
        title: 'Regards croises',
        subtitle: 'Competences',
        from: '#e4eef2',
        to: '#b9d1dc',
        ink: '#0b4f6c',
      },
      alt: 'Illustration bleue portant l’inscription « Regards croisés »',
    },
    authors: ['lea-bouchardy', 'etienne-garandeau'],
    tags: ['emploi', 'formation', 'economie-sociale-et-solidaire'],
    body: [
      p(
        'L’une représente 182 000 entreprises à travers l’[[o:alliance-nationale-des-employeurs|Alliance nationale des employeurs]], l’autre porte la voix des coopératives, mutuelles et associations au sein de l’[[o:union-nationale-de-l-economie-sociale-et-solidaire|UNESS]]. Nous avons réuni [[p:marion-delestrac|Marion Delestrac]] et [[p:agnes-pellerot|Agnès Pellerot]] autour d’une même question : comment recruter quand les candidats manquent ?',
      ),
      qa(
        'Les difficultés de recrutement sont-elles les mêmes dans vos deux mondes ?',
        'marion-delestrac',
        'Elles se ressemblent de plus en plus. Dans l’industrie, la logistique ou le numérique, nos fédérations signalent des centaines de milliers de postes non pourvus. La différence, c’est que nos entreprises peuvent plus facilement jouer sur les salaires, même si ce levier a ses limites pour les PME.',
      ),
      qa(
        'Agnès Pellerot, l’économie sociale a-t-elle les mêmes armes ?',
        'agnes-pellerot',
        'Nos structures n’ont justement pas ce levier : leurs financements publics sont fixés à l’avance. Elles misent sur le sens du travail, qui attire beaucoup de jeunes, mais le sens ne paie pas un loyer. Dans l’aide à domicile ou la santé, nous perdons des salariés au profit d’employeurs qui paient mieux.',
      ),
      qa(
        'Sur quoi pouvez-vous travailler ensemble ?',
        'marion-delestrac',
        'Sur la reconversion, sans hésiter. L’[[o:agence-des-transitions-professionnelles|Agence des transitions professionnelles]] finance des parcours, mais les entreprises doivent s’engager à embaucher à la sortie. Nous pourrions construire des passerelles communes entre nos branches et les réseaux de l’économie sociale.',
      ),
      qa(
        'Partagez-vous cette priorité ?',
        'agnes-pellerot',
        'Je partage cet avis, et j’ajoute l’insertion. Des réseaux comme [[o:ouvrages-communs|Ouvrages Communs]] savent préparer des personnes éloignées de l’emploi à rejoindre une entreprise classique. Si les fédérations de l’Alliance ouvraient davantage leurs entreprises aux immersions, tout le monde y gagnerait.',
      ),
    ],
  },
]
