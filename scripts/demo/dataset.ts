import { articles, organisations, people, threads } from './content'
import { articleDocument } from './lib/articles'
import { commentDocuments } from './lib/comments'
import {
  type Doc,
  type Images,
  organisationDocument,
  personDocument,
  siteDocuments,
} from './lib/documents'
import { ids } from './lib/ids'
import { withKeys } from './lib/pt'

export interface DemoDataset {
  documents: Doc[]
  /** One document per line, in a fixed order: the exact bytes of content/demo/data.ndjson. */
  ndjson: string
  /** File name in content/demo/images → PNG bytes. */
  images: Images
}

/** Builds the whole French demo dataset in memory; pure and deterministic. */
export function buildDemoDataset(): DemoDataset {
  const images: Images = new Map()
  const peopleBySlug = new Map(people.map((person) => [person.slug, person]))
  const articleDocs = articles.map((article) => articleDocument(article, peopleBySlug, images))
  const articleById = new Map(articleDocs.map((doc) => [doc._id, doc]))
  const commentDocs = threads.flatMap((thread) => {
    const article = articleById.get(ids.article(thread.article))
    if (!article) throw new Error(`Fil de commentaires sur un article inconnu : ${thread.article}`)
    return commentDocuments(thread, article)
  })
  const documents = [
    ...siteDocuments(images),
    ...organisations.map((org) => organisationDocument(org, images)),
    ...people.map((person) => personDocument(person, images)),
    ...articleDocs,
    ...commentDocs,
  ].map((doc) => withKeys(doc._id, doc))

  const seen = new Set<string>()
  for (const doc of documents) {
    if (seen.has(doc._id)) throw new Error(`Identifiant en double : ${doc._id}`)
    seen.add(doc._id)
  }
  const ndjson = documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n'
  return { documents, ndjson, images }
}
