import { p, qa } from '../../lib/pt'
import type { ArticleInput } from '../types'

/** « Nomination du mois », November and October 2026. */
export const autumnNominations: ArticleInput[] = [
  {
    slug: '3-questions-a-helene-varambon',
    kind: 'interview',
    series: 'nomination-du-mois',
    headline: '3 questions à Hélène Varambon, nouvelle présidente de Numéria',
    standfirst:
      'Élue en juin à la tête du premier syndicat des entreprises du numérique, Hélène Varambon veut rapprocher les éditeurs de logiciels des PME de toutes les régions. Elle détaille ses trois chantiers pour son mandat. Entretien.',
    publishedAt: '2026-11-17T07:00:00Z',
    interviewee: 'helene-varambon',
    authors: ['etienne-garandeau'],
    tags: ['numerique', 'gouvernance', 'formation'],
    people: ['sophie-lemarquis', 'thierry-vanbelle'],
    seo: {
      title: 'Hélène Varambon, nouvelle présidente de Numéria : ses trois chantiers',
      description:
        'La nouvelle présidente de Numéria veut rapprocher les éditeurs de logiciels des PME, ouvrir les métiers techniques aux femmes et mieux mailler les régions.',
    },
    body: [
      p(
        'Chaque mois, la rédaction de Kiosque donne la parole à une personnalité qui vient de prendre des responsabilités et qui fait bouger son secteur. En novembre, place à Hélène Varambon, élue en juin présidente de [[o:numeria|Numéria]], qui rassemble quelque 2 430 entreprises du numérique, des éditeurs de logiciels aux sociétés de conseil en technologies. Numéria est le premier syndicat de la [[o:federation-des-metiers-du-numerique-et-du-conseil|Fédération des métiers du numérique et du conseil]], elle-même rattachée à l’[[o:alliance-nationale-des-employeurs|Alliance nationale des employeurs]]. Cofondatrice de [[o:logisphere|Logisphère]], racheté en 2021 par le [[o:groupe-opaline|groupe Opaline]], elle succède à [[p:sophie-lemarquis|Sophie Lemarquis]]. Interview.',
      ),
      qa(
        'Quelles sont vos priorités pour les trois années de votre mandat ?',
        'helene-varambon',
        'Je veux d’abord que Numéria parle autant aux PME qu’aux grands groupes. Nos douze délégations régionales sont notre meilleur atout : elles connaissent les entreprises de leur territoire, leurs difficultés de recrutement, leurs projets d’export. Nous allons leur donner des moyens propres et un programme commun, « Territoires connectés », que j’ai piloté depuis 2019 et qui a déjà accompagné plus de 600 PME industrielles dans la modernisation de leurs outils. Ma deuxième priorité, c’est la confiance : cybersécurité, souveraineté des données, logiciel libre. Enfin, je souhaite que nous travaillions davantage avec les autres syndicats de la [[o:federation-des-metiers-du-numerique-et-du-conseil|FMNC]], car les frontières entre édition, conseil et ingénierie s’effacent chez nos clients.',
      ),
      qa(
        'Les métiers techniques restent très masculins. Comment comptez-vous changer la donne ?',
        'helene-varambon',
        'Les femmes représentent à peine un quart des effectifs de nos entreprises adhérentes, et moins d’un cinquième dans les métiers du développement. Ce n’est pas une fatalité. Avec le programme « Numérique au féminin », nous allons passer de 40 à 120 établissements scolaires partenaires, en envoyant des ingénieures et des développeuses témoigner devant des collégiennes. Nous misons aussi sur la reconversion : avec l’[[o:ecole-des-transitions-numeriques|École des transitions numériques]] et l’[[o:agence-des-transitions-professionnelles|Agence des transitions professionnelles]], qui a pris la suite de l’[[o:office-national-des-parcours-professionnels|ONPP]], nous construisons des parcours de sept mois pour des femmes venues d’autres secteurs. Les entreprises qui recrutent s’engagent à les accueillir en alternance.',
      ),
      qa(
        'Vous avez vendu votre entreprise à un groupe européen. Quel regard portez-vous sur la consolidation du secteur ?',
        'helene-varambon',
        'Elle est inévitable, et elle n’est pas forcément une mauvaise nouvelle. Quand [[o:logisphere|Logisphère]] a rejoint [[o:groupe-opaline|Opaline]], fin 2021, nous étions 140 salariés à Lyon ; ils sont aujourd’hui plus de 200, parce que le groupe a fait de notre site son pôle logiciel pour la France. Ce qui compte, c’est que les décisions et les compétences restent ancrées dans les territoires. Mon rôle à la tête de Numéria sera de défendre un écosystème où une jeune pousse de Rennes ou de Montpellier peut grandir, trouver des clients publics et des financements sans devoir partir. Les commandes publiques doivent s’ouvrir davantage aux PME, c’est un levier considérable.',
      ),
    ],
  },
  {
    slug: '3-questions-a-samuel-tiemtore',
    kind: 'interview',
    series: 'nomination-du-mois',
    headline: '3 questions à Samuel Tiemtoré, nouveau président d’Ouvrages Communs',
    standfirst:
      'Fondateur d’une recyclerie auvergnate, Samuel Tiemtoré prend la présidence du réseau des entreprises d’insertion au moment où leurs financements se tendent. Il plaide pour des contrats pluriannuels avec l’État et les régions. Entretien.',
    publishedAt: '2026-10-13T07:00:00Z',
    interviewee: 'samuel-tiemtore',
    authors: ['lea-bouchardy'],
    tags: ['economie-sociale-et-solidaire', 'emploi'],
    body: [
      p(
        'Chaque mois, Kiosque interroge une personnalité nouvellement nommée qui fait bouger son secteur. En octobre, nous avons rencontré Samuel Tiemtoré, élu fin septembre président d’[[o:ouvrages-communs|Ouvrages Communs]]. Ce réseau de 870 entreprises d’insertion est membre de l’[[o:union-nationale-de-l-economie-sociale-et-solidaire|Union nationale de l’économie sociale et solidaire]], où il siège lui-même au conseil d’administration. Ses adhérents travaillent au quotidien avec l’[[o:agence-des-transitions-professionnelles|Agence des transitions professionnelles]], qui leur oriente la plupart des salariés en parcours. Interview.',
      ),
      qa(
        'Dans quel état trouvez-vous le réseau ?',
        'samuel-tiemtore',
        'Solide sur le fond, fragile sur les finances. Nos 870 structures accueillent chaque année 42 000 personnes éloignées de l’emploi et plus de la moitié d’entre elles trouvent ensuite un emploi durable ou une formation qualifiante. Mais les aides au poste n’ont pas suivi l’inflation depuis trois ans, alors que nos coûts salariaux ont augmenté comme partout. Dans les Hauts-de-France et en Occitanie, plusieurs chantiers d’insertion ont fermé cette année faute de trésorerie. Mon premier chantier sera donc de négocier avec l’État et les régions des conventions sur trois ans plutôt que des enveloppes annuelles votées tardivement. Une entreprise, même solidaire, ne peut pas investir quand elle ignore son budget de l’année suivante.',
      ),
      qa(
        'Comment mieux articuler votre action avec le service public de l’emploi ?',
        'samuel-tiemtore',
        'La création de l’[[o:agence-des-transitions-professionnelles|Agence des transitions professionnelles]] a clarifié beaucoup de choses. Du temps de l’[[o:office-national-des-parcours-professionnels|ONPP]], chaque agence locale avait ses propres règles d’orientation ; aujourd’hui, les treize directions régionales partagent un même référentiel. Nous voulons aller plus loin en partageant les diagnostics : quand une personne arrive chez nous, elle a souvent raconté son histoire trois fois. Nous expérimentons avec l’agence, en Auvergne-Rhône-Alpes, un dossier unique que la personne contrôle et qui la suit de l’accueil jusqu’à l’emploi. Si l’évaluation est concluante au printemps, nous proposerons de l’étendre à toutes les régions en 2027.',
      ),
      qa(
        'Les entreprises classiques sont-elles prêtes à recruter vos salariés ?',
        'samuel-tiemtore',
        'De plus en plus, parce qu’elles manquent de bras dans la logistique, le bâtiment, la propreté ou l’aide à domicile. Nous avons signé cette année des accords avec plusieurs fédérations, dont la [[o:federation-des-mobilites-et-de-la-logistique|Fédération des mobilités et de la logistique]], pour organiser des périodes d’immersion dans leurs entreprises adhérentes. Les résultats sont encourageants : près de sept immersions sur dix débouchent sur une proposition de contrat. Mais il faut accompagner l’entreprise autant que le salarié. Un chef d’équipe qui n’a jamais encadré une personne sortant d’une longue période de chômage a besoin de conseils, de relais, parfois d’un tuteur. C’est ce savoir-faire que nous voulons mettre à disposition.',
      ),
    ],
  },
]
