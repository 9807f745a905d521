import { formatPartialDate } from './dates'
import { organisationKinds } from '@/sanity/schemaTypes/lists'

const numberFormat = new Intl.NumberFormat('fr-FR')

/** « 2 430 » with a narrow no-break space, « 310 M€ » with a no-break space before the unit. */
export function formatFigureValue(value: number, unit?: string | null): string {
  const number = numberFormat.format(value)
  return unit ? `${number}\u00A0${unit}` : number
}

/**
 * A key figure as one French phrase: « 2 430 entreprises adhérentes au 30 juin 2026 »;
 * with a unit the label leads, « chiffre d’affaires : 310 M€ au 31 décembre 2025 ».
 */
export function formatFigure(figure: {
  label: string | null
  value: number | null
  unit?: string | null
  asOf?: string | null
}): string | null {
  if (figure.value === null || !figure.label) return null
  const value = formatFigureValue(figure.value, figure.unit)
  const phrase = figure.unit ? `${figure.label}\u202F: ${value}` : `${value} ${figure.label}`
  return figure.asOf ? `${phrase} au ${formatPartialDate(figure.asOf)}` : phrase
}

export type RelationKind = 'memberOf' | 'attachedTo' | 'acquiredBy' | 'successorOf' | 'subsidiaryOf'

/** How a relation reads from each end: « Numéria — Membre de — FMNC », « FMNC — Membres — Numéria ». */
export const relationLabels: Record<RelationKind, { outgoing: string; incoming: string }> = {
  memberOf: { outgoing: 'Membre de', incoming: 'Membres' },
  attachedTo: { outgoing: 'Rattachée à', incoming: 'Organisations rattachées' },
  subsidiaryOf: { outgoing: 'Filiale de', incoming: 'Filiales' },
  acquiredBy: { outgoing: 'Rachetée par', incoming: 'A racheté' },
  successorOf: { outgoing: 'Succède à', incoming: 'Remplacée par' },
}

const ORDER: RelationKind[] = [
  'memberOf',
  'attachedTo',
  'subsidiaryOf',
  'acquiredBy',
  'successorOf',
]

interface Period {
  _key: string
  kind: RelationKind
  start: string | null
  end: string | null
}

export interface RelationGroup<O> {
  id: string
  kind: RelationKind
  direction: 'outgoing' | 'incoming'
  label: string
  items: { key: string; organisation: O; start: string | null; end: string | null }[]
}

/**
 * Relations of an organisation in both directions, grouped by kind: those it declares
 * (« Membre de ») then those other organisations declare towards it (« Membres »).
 */
export function relationGroups<O extends { _id: string }>(
  outgoing: ReadonlyArray<Period & { target: O | null }>,
  incoming: ReadonlyArray<O & { links: ReadonlyArray<Period> | null }>,
): RelationGroup<O>[] {
  const groups: RelationGroup<O>[] = []
  for (const direction of ['outgoing', 'incoming'] as const) {
    for (const kind of ORDER) {
      const items =
        direction === 'outgoing'
          ? outgoing.flatMap((relation) =>
              relation.kind === kind && relation.target
                ? [
                    {
                      key: relation._key,
                      organisation: relation.target,
                      start: relation.start,
                      end: relation.end,
                    },
                  ]
                : [],
            )
          : incoming.flatMap((organisation) =>
              (organisation.links ?? [])
                .filter((link) => link.kind === kind)
                .map((link) => ({
                  key: `${organisation._id}-${link._key}`,
                  organisation,
                  start: link.start,
                  end: link.end,
                })),
            )
      if (items.length === 0) continue
      groups.push({
        id: `${direction === 'outgoing' ? 'relation' : 'relation-inverse'}-${kind}`,
        kind,
        direction,
        label: relationLabels[kind][direction],
        items,
      })
    }
  }
  return groups
}

/** An organisation kind, as the schema's option list defines it. */
export type OrganisationKind = (typeof organisationKinds)[number]['value']

/** Index headings for each kind, in the order the organisations index lists them. */
export const organisationKindHeadings: { kind: OrganisationKind; heading: string }[] = [
  { kind: 'confederation', heading: 'Confédérations' },
  { kind: 'federation', heading: 'Fédérations' },
  { kind: 'union', heading: 'Syndicats' },
  { kind: 'association', heading: 'Associations' },
  { kind: 'company', heading: 'Entreprises' },
  { kind: 'publicBody', heading: 'Organismes publics' },
  { kind: 'school', heading: 'Écoles' },
  { kind: 'other', heading: 'Autres' },
]

/** Organisations grouped by kind, in index order; an unknown or missing kind counts as « other ». */
export function groupByKind<T extends { kind: OrganisationKind | null }>(
  organisations: readonly T[],
): { kind: OrganisationKind; heading: string; organisations: T[] }[] {
  const known = new Set<string>(organisationKindHeadings.map((entry) => entry.kind))
  return organisationKindHeadings
    .map(({ kind, heading }) => ({
      kind,
      heading,
      organisations: organisations.filter((organisation) =>
        kind === 'other'
          ? !organisation.kind || organisation.kind === 'other' || !known.has(organisation.kind)
          : organisation.kind === kind,
      ),
    }))
    .filter((group) => group.organisations.length > 0)
}
