import type { CommentInput, ThreadInput } from './types'

/*
 * A long debate under the May interview: more top-level comments than a page of the thread
 * (siteSettings.commentsPageSize), so that « Charger plus » and « Afficher tous les
 * commentaires » have something to show.
 */

const voices: [name: string, email: string, votes: number, body: string][] = [
  [
    'Odile Carpentras',
    'odile.carpentras@example.org',
    12,
    'Conductrice depuis onze ans à Amiens : les horaires coupés restent la première raison des départs, bien avant le salaire.',
  ],
  [
    'Thierry Mallaret',
    'thierry.mallaret@example.com',
    4,
    'Quatre mille postes vacants, c’est énorme. Combien de lignes scolaires ont été supprimées à la rentrée faute de conducteurs ?',
  ],
  [
    'Nathalie Goudenove',
    'nathalie.goudenove@example.net',
    9,
    'Le transport à la demande a changé la vie de ma mère, qui ne conduit plus. Encore faut-il pouvoir réserver par téléphone et pas seulement sur une application.',
  ],
  [
    'Rémi Escalvert',
    'remi.escalvert@example.org',
    2,
    'Les biocarburants comme solution de transition, pourquoi pas, mais il faudra suivre de près leur origine.',
  ],
  [
    'Paule Vintrignac',
    'paule.vintrignac@example.com',
    7,
    'Bonne nouvelle pour la formation des personnes en reconversion. Le permis D coûte cher, le financer change tout.',
  ],
  [
    'Gaëtan Ribeyrolle',
    'gaetan.ribeyrolle@example.net',
    1,
    'Dans notre vallée, le car passe deux fois par jour. Un service à la demande le reste du temps serait bienvenu.',
  ],
  [
    'Hortense Lamarzelle',
    'hortense.lamarzelle@example.org',
    5,
    'La garde d’enfants négociée avec les collectivités, voilà une idée qui devrait inspirer d’autres secteurs.',
  ],
  [
    'Yves Calmejane',
    'yves.calmejane@example.com',
    0,
    'Entretien intéressant, mais rien sur la sécurité des conducteurs en soirée, qui pèse aussi sur les recrutements.',
  ],
  [
    'Sabine Orlhac',
    'sabine.orlhac@example.net',
    6,
    'Les données partagées entre opérateurs sont indispensables pour concevoir des correspondances qui tiennent.',
  ],
  [
    'Fabrice Touzalin',
    'fabrice.touzalin@example.org',
    3,
    'Les dépôts des petites villes ne pourront pas financer seuls les bornes de recharge, c’est certain.',
  ],
  [
    'Inès Bourgeade',
    'ines.bourgeade@example.com',
    8,
    'Trente-huit pour cent de femmes parmi les personnes formées : il faut maintenant qu’elles restent dans le métier.',
  ],
  [
    'Loïc Pradines',
    'loic.pradines@example.net',
    2,
    'Le covoiturage organisé marche chez nous pour les trajets domicile-travail, beaucoup moins pour les loisirs.',
  ],
  [
    'Mireille Castagnède',
    'mireille.castagnede@example.org',
    4,
    'Je découvre l’existence de ce syndicat. Merci pour ce portrait clair de ses priorités.',
  ],
  [
    'Armand Teyssier',
    'armand.teyssier@example.com',
    1,
    'Et les usagers, dans tout ça ? Une consultation des voyageurs avant de redessiner les réseaux serait utile.',
  ],
  [
    'Clothilde Rouzaud',
    'clothilde.rouzaud@example.net',
    5,
    'Les lycéens ont besoin d’horaires fiables, l’entretien a raison de le rappeler.',
  ],
  [
    'Bastien Lafforgue',
    'bastien.lafforgue@example.org',
    0,
    'Quid des autocars à hydrogène ? Ils ne sont pas cités alors que plusieurs régions les expérimentent.',
  ],
  [
    'Josiane Peyrelongue',
    'josiane.peyrelongue@example.com',
    3,
    'Ancienne contrôleuse, je confirme : un service supprimé, ce sont des voyageurs qui ne reviennent pas.',
  ],
  [
    'Matthias Doumergue',
    'matthias.doumergue@example.net',
    2,
    'La fréquentation triplée en deux ans dans la Somme, c’est sur quelle base de départ ?',
  ],
  [
    'Élise Sarrazac',
    'elise.sarrazac@example.org',
    6,
    'Réserver la veille avant 17 heures reste une contrainte forte pour le transport à la demande.',
  ],
  [
    'Norbert Vialaret',
    'norbert.vialaret@example.com',
    1,
    'Pragmatisme territoire par territoire : enfin un discours qui part du terrain.',
  ],
  [
    'Amandine Couderc',
    'amandine.couderc@example.net',
    4,
    'Les collectivités doivent intégrer le coût réel de la transition dans les contrats, sinon les petits opérateurs disparaîtront.',
  ],
  [
    'Roland Estibal',
    'roland.estibal@example.org',
    0,
    'Un entretien à relire dans un an pour voir ce qui aura été tenu.',
  ],
  [
    'Coralie Magnabosco',
    'coralie.magnabosco@example.com',
    3,
    'Merci de parler des zones rurales, trop souvent oubliées dans les débats sur les mobilités.',
  ],
]

const at = (index: number) =>
  new Date(Date.parse('2026-05-12T08:10:00Z') + index * 97 * 60_000)
    .toISOString()
    .replace('.000Z', 'Z')

const debate: CommentInput[] = voices.map(([name, email, votes, body], index) => ({
  key: `avis-${String(index + 1).padStart(2, '0')}`,
  name,
  email,
  at: at(index),
  status: 'approved',
  votes,
  body,
}))

/** Comments under the interview of Nadia Ferrandou (May 2026). */
export const mobilityThread: ThreadInput[] = [
  {
    article: '3-questions-a-nadia-ferrandou',
    comments: [
      ...debate,
      {
        key: 'avis-01-r1',
        parent: 'avis-01',
        name: 'Thierry Mallaret',
        email: 'thierry.mallaret@example.com',
        at: '2026-05-12T20:05:00Z',
        status: 'approved',
        votes: 2,
        body: 'C’est ce que disent aussi les conducteurs de notre réseau : des journées de treize heures pour sept heures payées.',
      },
      {
        key: 'avis-03-r1',
        parent: 'avis-03',
        name: 'Nadia Lestrade',
        email: 'nadia.lestrade@example.org',
        at: '2026-05-13T06:40:00Z',
        status: 'approved',
        votes: 1,
        body: 'Chez nous, la réservation par téléphone existe toujours, heureusement.',
      },
      {
        key: 'avis-hs',
        name: 'Julien Forestier',
        email: 'julien.forestier@example.net',
        at: '2026-05-14T10:00:00Z',
        status: 'pending',
        body: 'Quelqu’un sait si le syndicat publie ses chiffres de fréquentation réseau par réseau ?',
      },
    ],
  },
]
