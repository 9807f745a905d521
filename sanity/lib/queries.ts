import { defineQuery } from 'groq'

/*
 * Every GROQ query of the application. The embedded lake and the hosted Content Lake evaluate
 * exactly these strings. Shared projections are plain fragments so TypeGen can follow them.
 */

const imageFields = /* groq */ `
  alt,
  caption,
  credit,
  hotspot,
  crop,
  "asset": asset->{
    _id,
    url,
    "width": metadata.dimensions.width,
    "height": metadata.dimensions.height,
    "lqip": metadata.lqip
  }
`

const personCard = /* groq */ `
  _id,
  _type,
  name,
  givenName,
  familyName,
  initials,
  jobTitle,
  "slug": slug.current,
  portrait { ${imageFields} }
`

const organisationCard = /* groq */ `
  _id,
  _type,
  name,
  shortName,
  kind,
  "slug": slug.current,
  logo { ${imageFields} }
`

const markDefsFields = /* groq */ `
  markDefs[]{
    ...,
    _type == "personMention" => { "person": person->{ _id, _type, name, "slug": slug.current } },
    _type == "organisationMention" => {
      "organisation": organisation->{ _id, _type, name, "slug": slug.current }
    }
  }
`

const articleCard = /* groq */ `
  _id,
  _type,
  kind,
  headline,
  standfirst,
  publishedAt,
  "slug": slug.current,
  series->{ _id, _type, title, "slug": slug.current },
  heroImage { ${imageFields} },
  interviewee->{ _id, _type, name, "slug": slug.current }
`

export const settingsQuery = defineQuery(`*[_type == "siteSettings" && _id == "siteSettings"][0]{
  title,
  tagline,
  description,
  navigation[]{ _key, label, href },
  ogImage { ${imageFields} },
  commentsAutoApproveKnownAuthors,
  commentsMaxDepth,
  commentsPageSize
}`)

export const articleSlugsQuery = defineQuery(
  `*[_type == "article" && defined(slug.current)] | order(publishedAt desc){ "slug": slug.current }`,
)

export const articleQuery = defineQuery(`*[_type == "article" && slug.current == $slug][0]{
  ${articleCard},
  _updatedAt,
  seo { title, description, noIndex, image { ${imageFields} } },
  authors[]->{ _id, _type, name, "slug": slug.current },
  tags[]->{ _id, _type, title, "slug": slug.current },
  interviewee->{
    ${personCard},
    biography[]{ ..., ${markDefsFields} },
    career[]{ _key, year, month, text, organisation->{ _id, _type, name, "slug": slug.current } },
    roles[]{ _key, title, start, end, organisation->{ _id, _type, name, "slug": slug.current } }
  },
  body[]{
    ...,
    _type == "block" => { ${markDefsFields} },
    _type == "qa" => {
      speaker->{ _id, _type, name, givenName, familyName, initials, "slug": slug.current },
      answer[]{ ..., ${markDefsFields} }
    },
    _type == "bodyImage" => { ${imageFields} }
  },
  "organisationsCited": *[_type == "organisation" && (
    _id in ^.organisations[]._ref ||
    _id in ^.body[].markDefs[].organisation._ref ||
    _id in ^.body[].answer[].markDefs[].organisation._ref
  )] | order(name asc){ ${organisationCard} },
  "related": *[_type == "article" && _id != ^._id && (
    (defined(^.series) && series._ref == ^.series._ref) ||
    (defined(^.interviewee) && ^.interviewee._ref in [interviewee._ref, ...people[]._ref]) ||
    count(organisations[@._ref in ^.^.organisations[]._ref]) > 0
  )] | order(publishedAt desc)[0...3]{ ${articleCard} }
}`)

export const homeQuery = defineQuery(`{
  "featured": *[_type == "article" && kind == "interview" && series->slug.current == "nomination-du-mois"]
    | order(publishedAt desc)[0]{ ${articleCard} },
  "latest": *[_type == "article"] | order(publishedAt desc)[0...12]{ ${articleCard} },
  "series": *[_type == "series"] | order(title asc){
    _id,
    _type,
    title,
    description,
    "slug": slug.current,
    "count": count(*[_type == "article" && references(^._id)])
  }
}`)

export const personSlugsQuery = defineQuery(
  `*[_type == "person" && defined(slug.current)]{ "slug": slug.current }`,
)

export const personQuery = defineQuery(`*[_type == "person" && slug.current == $slug][0]{
  ${personCard},
  _updatedAt,
  isJournalist,
  biography[]{ ..., ${markDefsFields} },
  links[]{ _key, label, url },
  roles[]{
    _key, title, start, end,
    organisation->{ _id, _type, name, shortName, "slug": slug.current }
  },
  career[]{ _key, year, month, text, organisation->{ _id, _type, name, "slug": slug.current } },
  "interviews": *[_type == "article" && interviewee._ref == ^._id] | order(publishedAt desc){
    ${articleCard}
  },
  "mentions": *[_type == "article" && interviewee._ref != ^._id && (
    ^._id in people[]._ref ||
    ^._id in body[].markDefs[].person._ref ||
    ^._id in body[].answer[].markDefs[].person._ref
  )] | order(publishedAt desc){ ${articleCard} },
  "written": *[_type == "article" && ^._id in authors[]._ref] | order(publishedAt desc){
    ${articleCard}
  }
}`)

export const organisationSlugsQuery = defineQuery(
  `*[_type == "organisation" && defined(slug.current)]{ "slug": slug.current }`,
)

export const organisationQuery =
  defineQuery(`*[_type == "organisation" && slug.current == $slug][0]{
  ${organisationCard},
  _updatedAt,
  description[]{ ..., ${markDefsFields} },
  figures[]{ _key, label, value, unit, asOf },
  founded,
  city,
  website,
  "relations": relations[]{
    _key, kind, start, end,
    target->{ _id, _type, name, shortName, "slug": slug.current }
  },
  "inverseRelations": *[_type == "organisation" && ^._id in relations[].target._ref]{
    _id, _type, name, shortName, "slug": slug.current,
    "links": relations[target._ref == ^.^._id]{ _key, kind, start, end }
  },
  "people": *[_type == "person" && ^._id in roles[].organisation._ref] | order(name asc){
    ${personCard},
    "roles": roles[organisation._ref == ^.^._id]{ _key, title, start, end }
  },
  "articles": *[_type == "article" && (
    ^._id in organisations[]._ref ||
    ^._id in body[].markDefs[].organisation._ref ||
    ^._id in body[].answer[].markDefs[].organisation._ref
  )] | order(publishedAt desc){ ${articleCard} }
}`)

export const peopleIndexQuery = defineQuery(
  `*[_type == "person" && isJournalist != true] | order(familyName asc){ ${personCard} }`,
)

export const organisationsIndexQuery = defineQuery(
  `*[_type == "organisation"] | order(name asc){ ${organisationCard}, city }`,
)

export const seriesSlugsQuery = defineQuery(
  `*[_type == "series" && defined(slug.current)]{ "slug": slug.current }`,
)

export const seriesQuery = defineQuery(`*[_type == "series" && slug.current == $slug][0]{
  _id,
  _type,
  title,
  description,
  cadence,
  "slug": slug.current,
  "articles": *[_type == "article" && series._ref == ^._id] | order(publishedAt desc){
    ${articleCard}
  }
}`)

/* Theme pages are paginated (lib/pagination.ts): `total` counts the theme's articles, and
   `$start`/`$end` slice one page. `references()` rather than `^._id in tags[]._ref`: tags are
   only referenced from `tags`, and both lakes answer it from a reference index. */

export const tagSlugsQuery = defineQuery(
  `*[_type == "tag" && defined(slug.current)]{
    "slug": slug.current,
    "total": count(*[_type == "article" && references(^._id)])
  }`,
)

export const tagQuery = defineQuery(`*[_type == "tag" && slug.current == $slug][0]{
  _id,
  _type,
  title,
  description,
  "slug": slug.current,
  "total": count(*[_type == "article" && references(^._id)]),
  "articles": *[_type == "article" && references(^._id)] | order(publishedAt desc)[$start...$end]{
    ${articleCard}
  }
}`)

export const authorSlugsQuery = defineQuery(
  `*[_type == "person" && isJournalist == true && defined(slug.current)]{ "slug": slug.current }`,
)

export const searchIndexQuery = defineQuery(`{
  "articles": *[_type == "article" && defined(slug.current)] | order(publishedAt desc){
    _id, _type, headline, standfirst, publishedAt, "slug": slug.current,
    "series": series->title,
    "names": [interviewee->name, ...people[]->name],
    "organisations": organisations[]->name,
    "tags": tags[]->title,
    "body": pt::text(body),
    "questions": body[_type == "qa"].question,
    "answers": pt::text(body[_type == "qa"].answer[])
  },
  "people": *[_type == "person" && defined(slug.current)] | order(familyName asc){
    _id, _type, name, jobTitle, "slug": slug.current, isJournalist
  },
  "organisations": *[_type == "organisation" && defined(slug.current)] | order(name asc){
    _id, _type, name, shortName, city, "slug": slug.current
  }
}`)

export const sitemapQuery = defineQuery(`{
  "articles": *[_type == "article" && defined(slug.current) && seo.noIndex != true]{
    "slug": slug.current, _updatedAt
  },
  "people": *[_type == "person" && defined(slug.current) && isJournalist != true]{
    "slug": slug.current, _updatedAt
  },
  "authors": *[_type == "person" && defined(slug.current) && isJournalist == true]{
    "slug": slug.current, _updatedAt
  },
  "organisations": *[_type == "organisation" && defined(slug.current)]{
    "slug": slug.current, _updatedAt
  },
  "series": *[_type == "series" && defined(slug.current)]{
    "slug": slug.current,
    _updatedAt,
    "articles": *[_type == "article" && series._ref == ^._id && defined(publishedAt)]{
      publishedAt, _updatedAt
    }
  },
  "tags": *[_type == "tag" && defined(slug.current)]{
    "slug": slug.current,
    _updatedAt,
    "total": count(*[_type == "article" && references(^._id)])
  }
}`)

export const feedQuery = defineQuery(`{
  "settings": *[_type == "siteSettings" && _id == "siteSettings"][0]{
    title, description, _updatedAt, ogImage { ${imageFields} }
  },
  "series": *[_type == "series" && defined(slug.current) && slug.current == $series][0]{
    _id, _type, title, description, "slug": slug.current, _updatedAt
  },
  "articles": *[_type == "article" && defined(slug.current) && defined(publishedAt)
    && (!defined($series) || series->slug.current == $series)]
    | order(publishedAt desc)[0...30]{
      ${articleCard},
      _updatedAt,
      tags[]->{ title }
    }
}`)

export const articleImageQuery = defineQuery(`*[_type == "article" && slug.current == $slug][0]{
  _id, kind, headline, "slug": slug.current,
  series->{ title },
  interviewee->{ name, jobTitle, portrait { alt, "asset": asset->{ _id, url } } }
}`)

/* Reader pages: series month archives. */

export const seriesMonthParamsQuery = defineQuery(
  `*[_type == "series" && defined(slug.current)]{
    "slug": slug.current,
    "dates": *[_type == "article" && series._ref == ^._id && defined(publishedAt)].publishedAt
  }`,
)

export const seriesMonthQuery = defineQuery(`*[_type == "series" && slug.current == $slug][0]{
  _id,
  _type,
  title,
  description,
  "slug": slug.current,
  "dates": *[_type == "article" && series._ref == ^._id && defined(publishedAt)].publishedAt,
  "articles": *[_type == "article" && series._ref == ^._id
    && dateTime(publishedAt) >= dateTime($start) && dateTime(publishedAt) < dateTime($end)
  ] | order(publishedAt desc){ ${articleCard} }
}`)

/* Subscriptions: mail notifications and data rights (server-only, raw perspective, private fields). */

/** The article a comment posted without JavaScript goes to (`/articles/<slug>/commentaires`). */
export const commentPostArticleQuery = defineQuery(
  `*[_type == "article" && slug.current == $slug][0]{ _id, headline, "slug": slug.current }`,
)

export const subscriptionArticleQuery = defineQuery(
  `*[_type == "article" && _id == $articleId][0]{ _id, headline, "slug": slug.current }`,
)

export const subscriptionCommentQuery = defineQuery(`*[_type == "comment" && _id == $commentId][0]{
  _id,
  status,
  authorName,
  authorEmail,
  body,
  "articleId": article._ref,
  "parentId": parent._ref,
  "article": article->{ _id, headline, "slug": slug.current }
}`)

export const dataDeletionCommentsQuery = defineQuery(
  `*[_type == "comment" && lower(authorEmail) == $email]{
    _id, "articleId": article._ref, "parentId": parent._ref
  }`,
)

export const dataDeletionRepliesQuery = defineQuery(
  `*[_type == "comment" && parent._ref in $ids && !(_id in $ids)]{
    _id, "articleId": article._ref, "parentId": parent._ref
  }`,
)

/* Comments. The e-mail (`authorEmail`) is projected only by the private, server-side queries
   below the public ones; never add it to a query whose result reaches a page. */

const publicCommentFields = /* groq */ `
  _id,
  "parentId": parent._ref,
  authorName,
  body,
  "votes": coalesce(votes, 0),
  createdAt,
  anchor { blockKey, quote }
`

export const approvedCommentsQuery = defineQuery(
  `*[_type == "comment" && article._ref == $articleId && status == "approved"]
    | order(createdAt asc){ ${publicCommentFields} }`,
)

export const commentTargetQuery = defineQuery(`*[_type == "article" && _id == $articleId][0]{
  _id,
  "slug": slug.current,
  "blocks": body[]{
    _key,
    _type,
    "text": select(
      _type == "qa" => question + " " + pt::text(answer),
      _type == "block" => pt::text(@),
      ""
    )
  },
  "parent": *[_type == "comment" && _id == $parentId && article._ref == ^._id][0]{ _id, status }
}`)

export const commentVoteTargetQuery = defineQuery(
  `*[_type == "comment" && _id == $commentId][0]{ _id, status, "votes": coalesce(votes, 0), "articleId": article._ref }`,
)

/** A comment as its author may edit it (private: read server-side for the edit capability). */
export const commentEditTargetQuery = defineQuery(
  `*[_type == "comment" && _id == $commentId][0]{ _id, _rev, status, body, authorName, createdAt, "articleId": article._ref, "slug": article->slug.current, "headline": article->headline }`,
)

export const commentDuplicateQuery = defineQuery(
  `count(*[_type == "comment" && lower(authorEmail) == $email && body == $text && createdAt > $since])`,
)

export const commentKnownAuthorQuery = defineQuery(
  `count(*[_type == "comment" && lower(authorEmail) == $email && status == "approved"])`,
)

/*
 * Moderation back office. These read private fields (e-mail) in the raw perspective, through
 * lib/moderation only, and are never cached.
 */

const commentFilter = /* groq */ `
  _type == "comment" && !(_id in path("drafts.**"))
  && ($article == "" || article._ref == $article)
  && ($from == "" || createdAt >= $from)
  && ($to == "" || createdAt < $to)
  && ($search == "" || [authorName, authorEmail, body] match $search)
`

const moderationQueueProjection = /* groq */ `{
  _id,
  _rev,
  status,
  authorName,
  authorEmail,
  body,
  createdAt,
  anchor { blockKey, quote },
  "article": article->{ _id, headline, "slug": slug.current },
  "parent": parent->{ _id, authorName, body, status },
  moderation[] { _key, action, by, at, note }
}`

/** One tab of the queue, newest first (the « Plus récents » sort). */
export const moderationQueueQuery = defineQuery(`
  *[${commentFilter} && status == $status] | order(createdAt desc) [0...100] ${moderationQueueProjection}
`)

/** One tab of the queue, oldest first: the default, so the longest wait is handled first. */
export const moderationQueueOldestQuery = defineQuery(`
  *[${commentFilter} && status == $status] | order(createdAt asc) [0...100] ${moderationQueueProjection}
`)

export const moderationCountsQuery = defineQuery(`{
  "pending": count(*[${commentFilter} && status == "pending"]),
  "approved": count(*[${commentFilter} && status == "approved"]),
  "rejected": count(*[${commentFilter} && status == "rejected"]),
  "spam": count(*[${commentFilter} && status == "spam"])
}`)

export const moderationArticlesQuery = defineQuery(`
  *[_type == "article" && !(_id in path("drafts.**"))] | order(publishedAt desc) { _id, headline }
`)

export const moderationCommentQuery = defineQuery(`
  *[_type == "comment" && _id == $id][0] {
    _id,
    _rev,
    status,
    authorName,
    authorEmail,
    body,
    createdAt,
    anchor { blockKey, quote },
    "articleId": article._ref,
    "article": article->{ _id, headline, "slug": slug.current },
    "parent": parent->{ _id, authorName, body, status },
    moderation[] { _key, action, by, at, note }
  }
`)

/** Moderation digest: comments still pending that arrived since the previous digest. */
export const moderationDigestQuery = defineQuery(`
  *[_type == "comment" && !(_id in path("drafts.**")) && status == "pending" && createdAt > $since]
    | order(createdAt asc) {
    _id,
    authorName,
    body,
    createdAt,
    "articleId": article._ref,
    "article": article->{ headline, "slug": slug.current }
  }
`)

export const moderationRecentByEmailQuery = defineQuery(`
  *[_type == "comment" && !(_id in path("drafts.**")) && authorEmail in $emails
    && createdAt >= $since] { authorEmail, createdAt }
`)

/** Studio structure: comment counts per status, shown in the « Commentaires » list titles. */
export const studioCommentCountsQuery = defineQuery(`{
  "pending": count(*[_type == "comment" && !(_id in path("drafts.**")) && status == "pending"]),
  "approved": count(*[_type == "comment" && !(_id in path("drafts.**")) && status == "approved"]),
  "rejected": count(*[_type == "comment" && !(_id in path("drafts.**")) && status == "rejected"]),
  "spam": count(*[_type == "comment" && !(_id in path("drafts.**")) && status == "spam"])
}`)
