import { banner } from '../images/banner'
import type { ArticleInput, PersonInput } from '../content/types'
import { type Doc, type Images, ofName, personName, portraitFile } from './documents'
import { ids, ref, slug } from './ids'
import { type BodyNode, frenchNumbers, plainText, withKeys, wordCount } from './pt'

const NOMINATION = 'nomination-du-mois'

/** Mentioned slugs in order of first appearance, from the annotations of the body. */
function mentioned(body: BodyNode[], type: 'person' | 'organisation'): string[] {
  const found: string[] = []
  const prefix = `${type}-`
  const visit = (node: BodyNode) => {
    const blocks = node._type === 'qa' ? node.answer : [node]
    if (node._type === 'qa' && type === 'person') found.push(node.speaker._ref.slice(prefix.length))
    for (const b of blocks) {
      for (const def of b.markDefs) {
        const target =
          def._type === 'personMention' && type === 'person'
            ? def.person._ref
            : def._type === 'organisationMention' && type === 'organisation'
              ? def.organisation._ref
              : undefined
        if (target) found.push(target.slice(prefix.length))
      }
    }
  }
  body.forEach(visit)
  return [...new Set(found)]
}

/** The series format is a promise to readers; a malformed interview must fail the build. */
function checkNomination(article: ArticleInput) {
  const fail = (why: string) => {
    throw new Error(`${article.slug} : ${why}`)
  }
  if (!article.standfirst.endsWith('Entretien.')) fail('le chapô doit finir par « Entretien. »')
  const [intro, ...rest] = article.body
  if (!intro || intro._type !== 'block' || !plainText(intro).endsWith('Interview.'))
    fail('le premier paragraphe doit présenter la série et finir par « Interview. »')
  if (rest.length !== 3 || rest.some((n) => n._type !== 'qa')) fail('il faut exactement trois qa')
  for (const node of rest) {
    if (node._type !== 'qa') continue
    if (node.speaker._ref !== ids.person(article.interviewee ?? '')) fail('qa hors interviewé')
    const words = wordCount(node.answer.map(plainText).join(' '))
    if (words < 80 || words > 160) fail(`réponse de ${words} mots à « ${node.question} »`)
  }
}

export function articleDocument(
  article: ArticleInput,
  people: Map<string, PersonInput>,
  images: Images,
): Doc {
  if (article.series === NOMINATION) checkNomination(article)
  const id = ids.article(article.slug)
  const interviewee = article.interviewee ? people.get(article.interviewee) : undefined
  if (article.interviewee && !interviewee) throw new Error(`${article.slug} : interviewé inconnu`)
  let heroImage: Record<string, unknown>
  if (article.hero) {
    const file = `illustration-${article.slug}.png`
    images.set(file, banner(article.hero.banner))
    heroImage = {
      _type: 'image',
      _sanityAsset: `image@file://./images/${file}`,
      alt: article.hero.alt,
      ...(article.hero.caption ? { caption: article.hero.caption } : {}),
      credit: 'Illustration Kiosque',
    }
  } else if (interviewee) {
    const name = personName(interviewee)
    heroImage = {
      _type: 'image',
      _sanityAsset: `image@file://./images/${portraitFile(interviewee.slug)}`,
      alt: `Portrait illustré ${ofName(name)}`,
      caption: name,
      credit: '© DR',
    }
  } else {
    throw new Error(`${article.slug} : ni interviewé ni illustration`)
  }
  const peopleCited = [
    ...new Set([...mentioned(article.body, 'person'), ...(article.people ?? [])]),
  ]
  const orgsCited = [
    ...new Set([...mentioned(article.body, 'organisation'), ...(article.organisations ?? [])]),
  ]
  return withKeys(id, {
    _id: id,
    _type: 'article',
    kind: article.kind,
    ...(article.series ? { series: ref(ids.series(article.series)) } : {}),
    headline: article.headline,
    slug: slug(article.slug),
    standfirst: frenchNumbers(article.standfirst),
    heroImage,
    ...(interviewee ? { interviewee: ref(ids.person(interviewee.slug)) } : {}),
    body: article.body,
    publishedAt: article.publishedAt,
    authors: article.authors.map((s) => ref(ids.person(s))),
    people: peopleCited.filter((s) => s !== article.interviewee).map((s) => ref(ids.person(s))),
    organisations: orgsCited.map((s) => ref(ids.organisation(s))),
    tags: article.tags.map((s) => ref(ids.tag(s))),
    ...(article.seo ? { seo: { _type: 'seo', ...article.seo } } : {}),
  })
}
