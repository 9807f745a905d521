/** Names as stored on a person document: enough to label an interview answer. */
export interface SpeakerName {
  _id: string
  name: string | null
  givenName?: string | null
  familyName?: string | null
  initials?: string | null
}

const PARTICLES = new Set(['de', 'du', 'des', 'd’', "d'", 'le', 'la', 'van', 'von', 'di', 'da'])

function initialOfWord(word: string): string {
  // "Jean-Pierre" → "J.-P."
  return word
    .split('-')
    .filter(Boolean)
    .map((part) => `${part.charAt(0).toLocaleUpperCase('fr-FR')}.`)
    .join('-')
}

/**
 * Initials for « V. T. : » labels: the editor's override when set, otherwise derived from the
 * given and family names (lower-case particles such as « de » are skipped).
 */
export function initialsOf(person: SpeakerName): string {
  const override = person.initials?.trim()
  if (override) return override
  const words = [person.givenName, person.familyName]
    .filter((part): part is string => Boolean(part?.trim()))
    .join(' ')
    .split(/\s+/)
  const source = words.length > 0 && words[0] ? words : (person.name ?? '').split(/\s+/)
  return source
    .filter((word) => word && !PARTICLES.has(word))
    .map(initialOfWord)
    .join(' ')
}

/**
 * Labels for a sequence of answers, in reading order: the full name the first time a speaker
 * answers, initials afterwards. Returns one label per input, in the same order.
 */
export function speakerLabels(speakers: (SpeakerName | null | undefined)[]): (string | null)[] {
  const seen = new Set<string>()
  return speakers.map((speaker) => {
    if (!speaker) return null
    if (seen.has(speaker._id)) return initialsOf(speaker)
    seen.add(speaker._id)
    return speaker.name ?? initialsOf(speaker)
  })
}
