import { p, qa } from '../../lib/pt'
import type { ArticleInput } from '../types'

/** « Nomination du mois », September and August 2026. */
export const summerNominations: ArticleInput[] = [
  {
    slug: '3-questions-a-mathilde-sarrazet',
    kind: 'interview',
    series: 'nomination-du-mois',
    headline:
      '3 questions à Mathilde Sarrazet, nouvelle directrice générale de l’École des transitions numériques',
    standfirst:
      'Après quinze ans au service public de l’emploi, Mathilde Sarrazet prend la direction d’une école qui forme chaque année 4 200 personnes aux métiers du numérique. Elle veut en faire la référence de la reconversion dans l’Ouest. Entretien.',
    publishedAt: '2026-09-15T07:00:00Z',
    interviewee: 'mathilde-sarrazet',
    authors: ['camille-roussey'],
    tags: ['formation', 'numerique', 'emploi'],
    body: [
      p(
        'Chaque mois, la rédaction de Kiosque part à la rencontre d’une personne qui prend la tête d’une organisation et fait bouger son secteur. En septembre, nous avons interrogé Mathilde Sarrazet, nommée directrice générale de l’[[o:ecole-des-transitions-numeriques|École des transitions numériques]], établissement nantais membre de [[o:numeria|Numéria]]. Elle arrive de l’[[o:agence-des-transitions-professionnelles|Agence des transitions professionnelles]], l’opérateur public qui a succédé à l’[[o:office-national-des-parcours-professionnels|Office national des parcours professionnels]], où elle avait fait ses armes. Interview.',
      ),
      qa(
        'Pourquoi quitter le service public pour une école privée ?',
        'mathilde-sarrazet',
        'Parce que je crois à la continuité entre les deux. Pendant quinze ans, à l’[[o:office-national-des-parcours-professionnels|ONPP]] puis à l’[[o:agence-des-transitions-professionnelles|Agence des transitions professionnelles]], j’ai acheté des formations pour des demandeurs d’emploi. J’ai vu ce qui marchait et ce qui échouait : les parcours trop courts, les promesses d’emploi qui ne se concrétisent pas, l’absence de suivi après la certification. L’École des transitions numériques fait partie de celles qui obtiennent les meilleurs résultats dans les Pays de la Loire, avec 78 % d’emploi six mois après la sortie. Je veux comprendre pourquoi, le documenter et le reproduire. Passer de l’autre côté de la table, c’est aussi mesurer les contraintes des organismes que je contrôlais hier.',
      ),
      qa(
        'Quels sont vos projets de développement ?',
        'mathilde-sarrazet',
        'Nous avons quatre campus, à Nantes, Angers, Rennes et Brest. Plutôt que d’en ouvrir un cinquième, je préfère aller là où sont les personnes qui veulent se reconvertir, c’est-à-dire souvent loin des métropoles. Dès janvier, nous lancerons des sessions hybrides dans six villes moyennes, avec des regroupements hebdomadaires dans des tiers-lieux et des formateurs itinérants. Nous travaillons aussi avec les entreprises adhérentes de [[o:numeria|Numéria]] pour construire des cursus courts en cybersécurité et en données, deux domaines où les recruteurs de la région peinent à trouver des profils. L’objectif est de passer de 4 200 à 5 500 apprenants par an d’ici 2029, sans dégrader notre taux d’insertion.',
      ),
      qa(
        'La reconversion vers le numérique tient-elle toujours ses promesses ?',
        'mathilde-sarrazet',
        'Oui, à condition d’être honnête avec les candidats. Tous les métiers du numérique ne recrutent pas au même rythme : le développement web généraliste est plus encombré qu’il y a cinq ans, alors que l’administration de systèmes, l’assistance aux utilisateurs ou l’analyse de données restent très demandées. Notre rôle est d’orienter vers les débouchés réels, territoire par territoire. Je souhaite aussi que nous accueillions davantage de femmes, qui ne représentent que 31 % de nos apprenants. Le programme « Numérique au féminin » porté par [[o:numeria|Numéria]] nous aide à aller les chercher, notamment parmi les salariées des secteurs en difficulté comme le commerce ou l’industrie textile.',
      ),
    ],
  },
  {
    slug: '3-questions-a-ines-carrada',
    kind: 'interview',
    series: 'nomination-du-mois',
    headline:
      '3 questions à Inès Carrada, nouvelle présidente de la Fédération des scènes et arts vivants',
    standfirst:
      'Directrice d’un lieu de création marseillais, Inès Carrada prend la présidence d’une fédération de 1 150 compagnies, lieux et festivals fragilisés par la hausse des coûts. Elle défend une économie du spectacle plus coopérative. Entretien.',
    publishedAt: '2026-08-18T07:00:00Z',
    interviewee: 'ines-carrada',
    authors: ['lea-bouchardy'],
    tags: ['culture', 'economie-sociale-et-solidaire', 'gouvernance'],
    body: [
      p(
        'Chaque mois, Kiosque donne la parole à une personnalité fraîchement nommée qui fait bouger son secteur. Pour ce numéro d’août, cap sur Marseille et sur Inès Carrada, élue en juillet présidente de la [[o:federation-des-scenes-et-arts-vivants|Fédération des scènes et arts vivants]]. Cette fédération de compagnies, de lieux et de festivals indépendants est membre de l’[[o:union-nationale-de-l-economie-sociale-et-solidaire|Union nationale de l’économie sociale et solidaire]], car la plupart de ses adhérents sont des associations employeuses. Interview.',
      ),
      qa(
        'Dans quel contexte prenez-vous la présidence de la fédération ?',
        'ines-carrada',
        'Un contexte difficile, il ne faut pas le cacher. Entre l’énergie, les transports et les salaires, le coût d’une tournée a augmenté de près de 20 % en trois ans, alors que les subventions des collectivités stagnent ou reculent. Résultat : les compagnies jouent moins, les lieux programment des séries plus courtes, et ce sont les artistes et les techniciens intermittents qui en paient le prix. Sur nos 1 150 adhérents, un sur huit a déclaré un déficit l’an dernier. Ma mission est d’abord de donner de la visibilité à cette situation auprès des élus, chiffres à l’appui, et de proposer des solutions concrètes plutôt que des lamentations.',
      ),
      qa(
        'Quelles solutions ?',
        'ines-carrada',
        'La mutualisation, d’abord. Beaucoup de compagnies dépensent une énergie folle pour les mêmes tâches : paie, billetterie, diffusion, demandes de subventions. Nous allons créer avec plusieurs réseaux régionaux des groupements d’employeurs qui partageront administrateurs et chargés de diffusion. En Provence-Alpes-Côte d’Azur, une expérimentation menée depuis 2024 avec vingt compagnies a permis de réduire leurs frais de structure d’un tiers. Ensuite, la coopération entre lieux pour organiser des tournées cohérentes, qui évitent de traverser trois fois la France dans le mois. C’est meilleur pour les budgets comme pour le bilan carbone. Enfin, nous voulons que les entreprises du territoire s’impliquent davantage, par le mécénat mais aussi par des résidences en entreprise.',
      ),
      qa(
        'Que peut apporter l’économie sociale et solidaire au spectacle vivant ?',
        'ines-carrada',
        'Des outils et une culture commune. Nos structures sont presque toutes des associations, mais elles se sont longtemps pensées à part, comme si l’art échappait aux questions d’emploi et de gestion. Au sein de l’[[o:union-nationale-de-l-economie-sociale-et-solidaire|UNESS]], nous découvrons des coopératives, des mutuelles, des réseaux d’insertion comme [[o:ouvrages-communs|Ouvrages Communs]] qui ont résolu des problèmes très proches des nôtres. Les sociétés coopératives d’intérêt collectif, par exemple, permettent d’associer salariés, usagers et collectivités dans la gouvernance d’un lieu. Deux théâtres de notre réseau ont adopté ce statut cette année. Je souhaite que la fédération accompagne toutes celles qui veulent franchir le pas, avec un guide juridique et un fonds d’amorçage.',
      ),
    ],
  },
]
