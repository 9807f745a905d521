import { p, qa } from '../../lib/pt'
import type { ArticleInput } from '../types'

/** « Nomination du mois », July and June 2026. */
export const earlySummerNominations: ArticleInput[] = [
  {
    slug: '3-questions-a-yannick-guernevel',
    kind: 'interview',
    series: 'nomination-du-mois',
    headline: '3 questions à Yannick Guernevel, nouveau président de la coopérative Les Sillons',
    standfirst:
      'Éleveur laitier converti au bio, Yannick Guernevel prend la tête d’une coopérative bretonne de 3 800 agriculteurs associés. Il veut sécuriser le revenu des jeunes installés et accélérer la transition des fermes. Entretien.',
    publishedAt: '2026-07-14T07:00:00Z',
    interviewee: 'yannick-guernevel',
    authors: ['etienne-garandeau'],
    tags: ['agriculture', 'economie-sociale-et-solidaire'],
    body: [
      p(
        'Chaque mois, Kiosque rencontre une personnalité qui vient de prendre des responsabilités et fait bouger son secteur. En juillet, direction le Morbihan, où Yannick Guernevel a été élu fin juin président de la [[o:cooperative-les-sillons|coopérative Les Sillons]]. Il présidait jusque-là sa filiale [[o:sillons-bio-distribution|Sillons Bio Distribution]]. Comme de nombreuses coopératives agricoles, Les Sillons est membre de l’[[o:union-nationale-de-l-economie-sociale-et-solidaire|Union nationale de l’économie sociale et solidaire]]. Interview.',
      ),
      qa(
        'Quelle est votre première priorité à la tête de la coopérative ?',
        'yannick-guernevel',
        'Le renouvellement des générations. Près d’un tiers de nos associés ont plus de 57 ans et partiront à la retraite dans la décennie. Si personne ne reprend leurs fermes, ce sont des volumes de lait et de céréales qui disparaissent, mais aussi des usines qui tournent moins et des emplois menacés dans tout le Centre-Bretagne. Nous allons créer un dispositif d’accompagnement à l’installation qui combine portage foncier, avance de trésorerie sur les premières années et parrainage par un associé expérimenté. L’objectif est d’installer quarante jeunes par an, dont une partie hors cadre familial. Beaucoup viennent d’autres métiers et apportent un regard neuf, il faut leur faire une vraie place.',
      ),
      qa(
        'Le marché du bio a traversé une crise sévère. Faut-il continuer à y croire ?',
        'yannick-guernevel',
        'J’y crois, parce que je l’ai vécue de l’intérieur. Quand les ventes ont reculé en 2022 et 2023, [[o:sillons-bio-distribution|Sillons Bio Distribution]] a perdu des clients dans la grande distribution et nous avons dû déclasser une partie du lait bio en conventionnel, ce qui a été très dur pour les éleveurs. Nous avons tenu en nous tournant vers la restauration collective, qui doit servir une part minimale de produits bio, et vers les magasins spécialisés. Aujourd’hui, la filiale livre 620 points de vente et retrouve la croissance. La leçon, c’est qu’il faut diversifier les débouchés avant la crise, pas pendant. Je veux appliquer ce principe à toute la coopérative.',
      ),
      qa(
        'Comment la coopérative accompagne-t-elle la transition climatique des fermes ?',
        'yannick-guernevel',
        'Par le conseil, l’investissement et la rémunération. Nos techniciens réalisent déjà un diagnostic carbone dans 900 exploitations, et nous voulons couvrir toutes les fermes laitières d’ici 2028. Ce diagnostic débouche sur des plans d’action concrets : haies, allongement du pâturage, couverts végétaux, méthanisation collective quand c’est pertinent. Mais la transition coûte, et l’agriculteur ne peut pas la porter seul. Nous négocions avec nos clients industriels une prime pour le lait produit dans les fermes engagées, et nous cherchons des financements auprès de la région Bretagne. Une coopérative, c’est justement l’outil qui permet de mutualiser ces efforts et d’en partager les bénéfices entre tous les associés.',
      ),
    ],
  },
  {
    slug: '3-questions-a-claire-montadier',
    kind: 'interview',
    series: 'nomination-du-mois',
    headline: '3 questions à Claire Montadier, nouvelle directrice générale de Santé Proximité',
    standfirst:
      'Ancienne directrice de maison de santé, Claire Montadier prend les rênes de la fédération qui accompagne 520 structures de soins de proximité. Elle veut accélérer les installations dans les zones où les médecins manquent. Entretien.',
    publishedAt: '2026-06-16T07:00:00Z',
    interviewee: 'claire-montadier',
    authors: ['lea-bouchardy'],
    tags: ['sante', 'economie-sociale-et-solidaire'],
    body: [
      p(
        'Chaque mois, la rédaction de Kiosque interroge une personnalité nouvellement nommée qui fait bouger son secteur. En juin, nous avons rencontré Claire Montadier, directrice générale depuis mai de [[o:sante-proximite|Santé Proximité]]. Cette fédération associative des maisons et centres de santé, basée à Tours, est membre de l’[[o:union-nationale-de-l-economie-sociale-et-solidaire|Union nationale de l’économie sociale et solidaire]] et travaille avec les collectivités comme avec les organismes de formation. Interview.',
      ),
      qa(
        'Quel bilan faites-vous de l’exercice coordonné des soins ?',
        'claire-montadier',
        'Un bilan très positif, mais encore trop inégal. Les 520 maisons et centres de santé de notre réseau réunissent médecins, infirmiers, kinésithérapeutes, pharmaciens et parfois travailleurs sociaux autour d’un même projet de santé. Là où ils existent, les patients trouvent plus facilement un médecin traitant et les jeunes professionnels s’installent plus volontiers, parce qu’ils ne veulent plus exercer seuls. Mais ces structures restent concentrées dans certaines régions, comme les Pays de la Loire ou l’Auvergne-Rhône-Alpes, alors que le Centre-Val de Loire, que je connais bien, en manque cruellement. Notre travail est de faire émerger des projets là où les besoins sont les plus forts, pas seulement là où les équipes sont déjà prêtes.',
      ),
      qa(
        'Concrètement, comment allez-vous faire émerger ces projets ?',
        'claire-montadier',
        'Nous allons doubler nos effectifs d’accompagnement de terrain, avec un référent dans chacune de nos onze délégations régionales. Monter une maison de santé prend en moyenne quatre ans : il faut fédérer des professionnels, écrire un projet de santé, trouver des locaux, négocier avec l’assurance maladie et les élus. Beaucoup de projets s’essoufflent en route faute d’appui. Nous proposerons aussi une formation à la coordination, car le métier de coordinateur de maison de santé est encore mal reconnu. Nous en discutons avec l’[[o:agence-des-transitions-professionnelles|Agence des transitions professionnelles]], qui pourrait orienter vers ce métier des personnes en reconversion, notamment des secrétaires médicales ou des cadres administratifs.',
      ),
      qa(
        'Quelle place pour la prévention dans votre feuille de route ?',
        'claire-montadier',
        'Une place centrale. Nos équipes voient arriver des patients atteints de maladies chroniques qui auraient pu être repérées des années plus tôt. Les maisons de santé sont idéalement placées pour organiser des actions de dépistage, d’éducation thérapeutique ou de sport sur ordonnance, mais ces missions sont mal financées, car le paiement à l’acte reste la règle. Nous plaidons pour une rémunération forfaitaire de la prévention, évaluée sur des résultats de santé publique. Dans le Cher, une expérimentation menée pendant trois ans auprès de 2 000 patients diabétiques a réduit de moitié les hospitalisations évitables. Je veux que ce type de résultat devienne la norme et qu’il soit reconnu dans les négociations nationales.',
      ),
    ],
  },
]
