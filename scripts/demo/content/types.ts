import type { BannerStyle } from '../images/banner'
import type { LogoStyle } from '../images/logo'
import type { Look } from '../images/portrait'
import type { BodyNode } from '../lib/pt'

/** Input shapes of the content modules: slugs instead of ids, markup strings instead of blocks. */
export type OrganisationKind =
  | 'association'
  | 'company'
  | 'publicBody'
  | 'union'
  | 'federation'
  | 'confederation'
  | 'school'
  | 'other'

export type RelationKind = 'memberOf' | 'attachedTo' | 'acquiredBy' | 'successorOf' | 'subsidiaryOf'

export interface OrganisationInput {
  slug: string
  name: string
  shortName?: string
  kind: OrganisationKind
  founded: number
  city: string
  description: string[]
  figures: { label: string; value: number; unit?: string; asOf?: string }[]
  relations: { kind: RelationKind; target: string; start?: string; end?: string }[]
  logo: LogoStyle
}

export interface PersonInput {
  slug: string
  givenName: string
  familyName: string
  jobTitle: string
  isJournalist?: boolean
  look: Look
  roles: { organisation: string; title: string; start?: string; end?: string }[]
  biography: string[]
  career: { year: number; month?: number; text: string; organisation?: string }[]
  links: { label: string; url: string }[]
}

export interface ArticleInput {
  slug: string
  kind: 'interview' | 'portrait' | 'news' | 'opinion'
  series?: string
  headline: string
  standfirst: string
  publishedAt: string
  interviewee?: string
  /** Drawn illustration for articles without a portrait; defaults to the interviewee's portrait. */
  hero?: { banner: BannerStyle; alt: string; caption?: string }
  authors: string[]
  tags: string[]
  body: BodyNode[]
  /** People or organisations cited without an inline annotation. */
  people?: string[]
  organisations?: string[]
  seo?: { title?: string; description?: string }
}

export type CommentStatus = 'pending' | 'approved' | 'rejected' | 'spam'

export interface CommentInput {
  /** Local name, unique within the thread list, used for `parent` and the id seed. */
  key: string
  parent?: string
  name: string
  email: string
  at: string
  status: CommentStatus
  body: string
  votes?: number
  /** Index of the body node (paragraph or qa block) and an exact passage of it. */
  anchor?: { node: number; quote: string }
  edited?: boolean
  note?: string
}

export interface ThreadInput {
  article: string
  comments: CommentInput[]
}
