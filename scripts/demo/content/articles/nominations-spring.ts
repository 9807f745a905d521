import { p, qa } from '../../lib/pt'
import type { ArticleInput } from '../types'

/** « Nomination du mois », May and April 2026. */
export const springNominations: ArticleInput[] = [
  {
    slug: '3-questions-a-nadia-ferrandou',
    kind: 'interview',
    series: 'nomination-du-mois',
    headline:
      '3 questions à Nadia Ferrandou, nouvelle présidente de l’Union des transports du quotidien',
    standfirst:
      'Ancienne responsable d’exploitation, Nadia Ferrandou prend la présidence du syndicat des opérateurs de bus et de tramways. Pénurie de conducteurs, verdissement des flottes et transport à la demande sont au menu de son mandat. Entretien.',
    publishedAt: '2026-05-12T07:00:00Z',
    interviewee: 'nadia-ferrandou',
    authors: ['etienne-garandeau'],
    tags: ['mobilites', 'emploi'],
    body: [
      p(
        'Chaque mois, Kiosque part à la rencontre d’une personnalité qui vient de prendre des responsabilités et qui fait bouger son secteur. En mai, nous avons rencontré à Lille Nadia Ferrandou, élue en avril présidente de l’[[o:union-des-transports-du-quotidien|Union des transports du quotidien]]. Ce syndicat des opérateurs de réseaux urbains et interurbains est membre de la [[o:federation-des-mobilites-et-de-la-logistique|Fédération des mobilités et de la logistique]], elle-même rattachée à l’[[o:alliance-nationale-des-employeurs|Alliance nationale des employeurs]]. Interview.',
      ),
      qa(
        'La pénurie de conducteurs est-elle toujours aussi aiguë ?',
        'nadia-ferrandou',
        'Elle s’est atténuée, mais elle n’a pas disparu. Il manque encore environ 4 000 conducteurs et conductrices dans nos 312 réseaux, surtout en Île-de-France, en Provence et dans les zones rurales où les services scolaires imposent des horaires coupés. Nous avons beaucoup travaillé sur l’attractivité : formation financée, horaires plus réguliers, garde d’enfants négociée avec les collectivités. Avec l’[[o:agence-des-transitions-professionnelles|Agence des transitions professionnelles]], nous avons formé 2 600 personnes en reconversion l’an dernier, dont 38 % de femmes, contre 20 % parmi nos effectifs actuels. C’est un chantier que je veux poursuivre, car un réseau qui supprime des services faute de personnel perd des voyageurs pour longtemps.',
      ),
      qa(
        'Où en est la transition énergétique des flottes ?',
        'nadia-ferrandou',
        'Elle avance vite dans les grandes agglomérations, où près de la moitié des bus achetés cette année sont électriques ou au biogaz. Ailleurs, c’est plus compliqué. Un autocar interurbain qui parcourt 400 kilomètres par jour dans le Cantal ou les Vosges ne peut pas encore rouler à l’électricité dans de bonnes conditions, et les infrastructures de recharge coûtent cher aux petits dépôts. Je plaide pour une approche pragmatique, territoire par territoire, avec des biocarburants là où l’électrique n’est pas prêt. Nous demandons aussi que les contrats signés avec les collectivités intègrent le coût réel de cette transition, au lieu de le laisser entièrement à la charge des opérateurs.',
      ),
      qa(
        'Le transport à la demande est-il l’avenir des zones peu denses ?',
        'nadia-ferrandou',
        'C’est une partie de la réponse. Dans les territoires où une ligne régulière passe à vide la moitié de la journée, un service réservé par téléphone ou par application est plus utile et moins coûteux. Plusieurs de nos adhérents l’ont déployé avec succès dans la Somme et en Bourgogne, avec des fréquentations qui ont triplé en deux ans. Mais il ne faut pas tout miser dessus : les lycéens, les salariés postés, les personnes âgées ont besoin de services prévisibles. L’enjeu, c’est la complémentarité entre lignes fortes, transport à la demande et covoiturage organisé. Je veux que l’UTQ aide les collectivités à concevoir ces bouquets de services, avec des données partagées entre opérateurs.',
      ),
    ],
  },
  {
    slug: '3-questions-a-bertrand-aubriac',
    kind: 'interview',
    series: 'nomination-du-mois',
    headline:
      '3 questions à Bertrand Aubriac, nouveau président de l’Alliance des industries de précision',
    standfirst:
      'Patron d’une entreprise familiale de décolletage, Bertrand Aubriac prend la tête du syndicat des industriels de la précision. Il veut rendre l’usine désirable et protéger les sous-traitants face aux donneurs d’ordres. Entretien.',
    publishedAt: '2026-04-14T07:00:00Z',
    interviewee: 'bertrand-aubriac',
    authors: ['camille-roussey'],
    tags: ['industrie', 'formation'],
    body: [
      p(
        'Chaque mois, la rédaction de Kiosque donne la parole à une personne qui vient de prendre la tête d’une organisation et qui fait bouger son secteur. Pour inaugurer cette série en avril, nous sommes allés à Morteau rencontrer Bertrand Aubriac, élu fin mars président de l’[[o:alliance-des-industries-de-precision|Alliance des industries de précision]]. Ce syndicat de 640 entreprises est membre de la [[o:federation-des-industries-et-des-territoires|Fédération des industries et des territoires]], elle-même rattachée à l’[[o:alliance-nationale-des-employeurs|Alliance nationale des employeurs]]. Interview.',
      ),
      qa(
        'Quel est l’état de santé de vos entreprises ?',
        'bertrand-aubriac',
        'Contrasté. Les entreprises qui travaillent pour le médical, l’horlogerie ou l’aéronautique ont des carnets de commandes pleins pour deux ans. Celles qui dépendaient de l’automobile souffrent, parce que les moteurs électriques contiennent beaucoup moins de pièces usinées que les moteurs thermiques. Dans la vallée de l’Arve, certaines ont perdu un tiers de leur chiffre d’affaires depuis 2022. Notre rôle est de les aider à se diversifier : identifier de nouveaux marchés, financer les machines nécessaires, former les équipes à d’autres matériaux comme le titane ou les alliages médicaux. Nous avons lancé un programme d’accompagnement qui a déjà concerné 85 PME, avec le soutien de deux régions.',
      ),
      qa(
        'Vous dites vouloir « rendre l’usine désirable ». Comment ?',
        'bertrand-aubriac',
        'En ouvrant les portes. Les jeunes et leurs parents ont souvent une image de l’usine qui date des années 1970 : bruit, saleté, tâches répétitives. La réalité d’un atelier de décolletage moderne, ce sont des machines à commande numérique, de la programmation, du contrôle qualité au micron près. Chaque année, nos 640 adhérents accueillent des collégiens pour des stages d’observation, mais c’est trop peu. Je veux que chaque entreprise de l’AIP reçoive au moins une classe par an et que nous ouvrions, avec la [[o:federation-des-industries-et-des-territoires|FIT]], deux nouveaux centres de formation par apprentissage dans le Jura et en Haute-Savoie. Les besoins sont énormes : 3 500 postes sont à pourvoir dans nos métiers.',
      ),
      qa(
        'Les relations avec les grands donneurs d’ordres se sont-elles améliorées ?',
        'bertrand-aubriac',
        'Un peu, mais le rapport de force reste déséquilibré. Trop de sous-traitants subissent encore des baisses de prix imposées chaque année, des délais de paiement dépassés et des cahiers des charges modifiés sans compensation. Nous avons obtenu l’an dernier la signature d’une charte avec plusieurs grands groupes de l’aéronautique et du médical, qui engage les deux parties sur l’indexation des prix des matières premières et de l’énergie. C’est une avancée, mais une charte n’a de valeur que si elle est appliquée. Nous allons publier chaque année un baromètre des pratiques d’achat, construit à partir des retours de nos adhérents, pour que les bons comme les mauvais élèves soient connus.',
      ),
    ],
  },
]
