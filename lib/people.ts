import { absoluteUrl } from './href'

const collator = new Intl.Collator('fr', { sensitivity: 'base' })

interface Named {
  name: string | null
  familyName: string | null
}

/** Alphabetical by family name as a French reader expects: « Écart » sorts with the E. */
export function byFamilyName<T extends Named>(people: readonly T[]): T[] {
  return [...people].sort(
    (a, b) =>
      collator.compare(a.familyName ?? a.name ?? '', b.familyName ?? b.name ?? '') ||
      collator.compare(a.name ?? '', b.name ?? ''),
  )
}

/** The index letter of a family name, accents removed: « Écart » → « E ». */
export function initialLetter(familyName: string | null): string {
  const letter = (familyName ?? '')
    .normalize('NFD')
    .replace(/[^\p{L}]/gu, '')
    .charAt(0)
  return letter ? letter.toLocaleUpperCase('fr-FR') : '#'
}

/** People grouped under their index letter, in alphabetical order. */
export function groupByLetter<T extends Named>(
  people: readonly T[],
): { letter: string; people: T[] }[] {
  const groups: { letter: string; people: T[] }[] = []
  for (const person of byFamilyName(people)) {
    const letter = initialLetter(person.familyName ?? person.name)
    const last = groups.at(-1)
    if (last?.letter === letter) last.people.push(person)
    else groups.push({ letter, people: [person] })
  }
  return groups
}

/**
 * Roles split into current ones (no end date, as the content model defines it) and past ones;
 * each list newest first.
 */
export function splitRoles<T extends { start: string | null; end: string | null }>(
  roles: readonly T[],
): { current: T[]; past: T[] } {
  const newestFirst = (a: T, b: T) =>
    (b.end ?? '9999').localeCompare(a.end ?? '9999') || (b.start ?? '').localeCompare(a.start ?? '')
  return {
    current: roles.filter((role) => !role.end).sort(newestFirst),
    past: roles.filter((role) => role.end).sort(newestFirst),
  }
}

/** What `personJsonLd` reads of a person or an author. */
export interface JsonLdPerson {
  name: string | null
  givenName: string | null
  familyName: string | null
  jobTitle?: string | null
  portrait?: { asset?: { url?: string | null } | null } | null
}

/**
 * The schema.org `Person` of a person or author page; `extra` adds what only one of them knows
 * (`sameAs`, `worksFor`).
 */
export function personJsonLd(
  siteUrl: string,
  path: string,
  person: JsonLdPerson,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const portrait = person.portrait?.asset?.url
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: person.name,
    givenName: person.givenName,
    familyName: person.familyName,
    jobTitle: person.jobTitle ?? undefined,
    url: absoluteUrl(siteUrl, path),
    image: portrait ? absoluteUrl(siteUrl, portrait) : undefined,
    ...extra,
  }
}
