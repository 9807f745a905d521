import type { SchemaTypeDefinition } from 'sanity'
import { article } from './documents/article'
import { comment } from './documents/comment'
import { organisation } from './documents/organisation'
import { person } from './documents/person'
import { series } from './documents/series'
import { siteSettings } from './documents/siteSettings'
import { tag } from './documents/tag'
import { accessibleImage } from './objects/accessibleImage'
import { articleBody } from './objects/articleBody'
import { bodyImage } from './objects/bodyImage'
import { careerEntry } from './objects/careerEntry'
import { commentAnchor } from './objects/commentAnchor'
import { externalLink } from './objects/externalLink'
import { figure } from './objects/figure'
import { heroImage } from './objects/heroImage'
import { link } from './objects/link'
import { moderationEvent } from './objects/moderationEvent'
import { navItem } from './objects/navItem'
import { organisationMention } from './objects/organisationMention'
import { organisationRelation } from './objects/organisationRelation'
import { personMention } from './objects/personMention'
import { qa } from './objects/qa'
import { role } from './objects/role'
import { seo } from './objects/seo'
import { simpleBlockContent } from './objects/simpleBlockContent'

/** Document types that exist once, under a fixed `_id` equal to their type name. */
export const singletonTypes = new Set<string>([siteSettings.name])

export const schemaTypes: SchemaTypeDefinition[] = [
  // Documents
  article,
  person,
  organisation,
  series,
  tag,
  comment,
  siteSettings,
  // Objects
  accessibleImage,
  heroImage,
  bodyImage,
  simpleBlockContent,
  articleBody,
  qa,
  role,
  careerEntry,
  figure,
  organisationRelation,
  externalLink,
  navItem,
  seo,
  commentAnchor,
  moderationEvent,
  // Annotations
  personMention,
  organisationMention,
  link,
]
