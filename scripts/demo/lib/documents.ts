import { banner } from '../images/banner'
import { logo } from '../images/logo'
import { portrait } from '../images/portrait'
import type { OrganisationInput, PersonInput } from '../content/types'
import { series, settings, siteBanner, tags } from '../content/site'
import { ids, image, ref, slug } from './ids'
import { p } from './pt'

export type Doc = { _id: string; _type: string } & Record<string, unknown>
export type Images = Map<string, Buffer>

export const portraitFile = (personSlug: string) => `portrait-${personSlug}.png`
export const personName = (person: PersonInput) => `${person.givenName} ${person.familyName}`
/** « de » with elision: « portrait d’Hélène », « portrait de Samuel ». */
export const ofName = (name: string) =>
  /^[aeiouyhàâéèêîïôûœ]/i.test(name) ? `d’${name}` : `de ${name}`

export function siteDocuments(images: Images): Doc[] {
  images.set('kiosque-og.png', banner(siteBanner))
  const docs: Doc[] = [
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      ...settings,
      navigation: settings.navigation.map((item) => ({ _type: 'navItem', ...item })),
      ogImage: image('kiosque-og.png', 'Kiosque, le média des entreprises et des territoires'),
    },
  ]
  for (const s of series) {
    const file = `serie-${s.slug}.png`
    images.set(file, banner(s.banner))
    docs.push({
      _id: ids.series(s.slug),
      _type: 'series',
      title: s.title,
      slug: slug(s.slug),
      description: s.description,
      cadence: s.cadence,
      image: image(file, `Visuel de la rubrique « ${s.title} »`),
    })
  }
  for (const t of tags) {
    docs.push({
      _id: ids.tag(t.slug),
      _type: 'tag',
      title: t.title,
      slug: slug(t.slug),
      description: t.description,
    })
  }
  return docs
}

export function organisationDocument(org: OrganisationInput, images: Images): Doc {
  const file = `logo-${org.slug}.png`
  images.set(file, logo(org.logo))
  const host = (org.shortName ?? org.slug)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
  return {
    _id: ids.organisation(org.slug),
    _type: 'organisation',
    name: org.name,
    ...(org.shortName ? { shortName: org.shortName } : {}),
    slug: slug(org.slug),
    kind: org.kind,
    description: org.description.map((text) => p(text)),
    figures: org.figures.map((figure) => ({ _type: 'figure', ...figure })),
    relations: org.relations.map(({ kind, target, start, end }) => ({
      _type: 'organisationRelation',
      kind,
      target: ref(ids.organisation(target)),
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
    })),
    founded: org.founded,
    city: org.city,
    logo: image(file, `Logo de l’organisation ${org.name}`),
    website: `https://${host}.example.org`,
  }
}

export function personDocument(person: PersonInput, images: Images): Doc {
  const file = portraitFile(person.slug)
  images.set(file, portrait(person.look))
  const name = personName(person)
  return {
    _id: ids.person(person.slug),
    _type: 'person',
    name,
    givenName: person.givenName,
    familyName: person.familyName,
    slug: slug(person.slug),
    jobTitle: person.jobTitle,
    portrait: image(file, `Portrait illustré ${ofName(name)}`),
    roles: person.roles.map(({ organisation, title, start, end }) => ({
      _type: 'role',
      organisation: ref(ids.organisation(organisation)),
      title,
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
    })),
    biography: person.biography.map((text) => p(text)),
    career: person.career.map(({ organisation, ...entry }) => ({
      _type: 'careerEntry',
      ...entry,
      ...(organisation ? { organisation: ref(ids.organisation(organisation)) } : {}),
    })),
    links: person.links.map((link) => ({ _type: 'externalLink', ...link })),
    isJournalist: person.isJournalist ?? false,
  }
}
