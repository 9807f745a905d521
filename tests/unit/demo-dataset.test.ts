import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildDemoDataset } from '@/scripts/demo/dataset'

type Json = Record<string, unknown>
type Doc = Json & { _id: string; _type: string }

const root = join(import.meta.dirname, '..', '..', 'content', 'demo')
const text = readFileSync(join(root, 'data.ndjson'), 'utf8')
const lines = text.split('\n').filter((line) => line.trim() !== '')

/** Parses every line; a broken line is reported with its number instead of aborting the suite. */
const parsed = lines.map(
  (line, i): { doc: Doc; line: number } | { error: string; line: number } => {
    try {
      return { doc: JSON.parse(line) as Doc, line: i + 1 }
    } catch (error) {
      return { error: String(error), line: i + 1 }
    }
  },
)
const docs = parsed.flatMap((entry) => ('doc' in entry ? [entry.doc] : []))
const byId = new Map(docs.map((doc) => [doc._id, doc]))
const ofType = (type: string) => docs.filter((doc) => doc._type === type)

/** Every value nested in a document, with the key it sits under. */
function* walk(value: unknown, key = ''): Generator<[string, unknown]> {
  yield [key, value]
  if (Array.isArray(value)) for (const item of value) yield* walk(item, key)
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* walk(v, k)
  }
}
const objects = (value: unknown) =>
  [...walk(value)].flatMap(([, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? [v as Json] : [],
  )
const refOf = (value: unknown) => (value as { _ref?: string } | undefined)?._ref
const plain = (blocks: unknown) =>
  objects(blocks)
    .filter((o) => o._type === 'span')
    .map((o) => String(o.text))
    .join('')
/** The paragraphs an anchor quote may come from: a block, or a qa's question and answers. */
const passages = (element: Json): string[] =>
  element._type === 'qa'
    ? [String(element.question), ...(element.answer as Json[]).map((b) => plain([b]))]
    : [plain([element])]

const NOMINATION = 'series-nomination-du-mois'
const articles = ofType('article')
const nominations = articles.filter((a) => refOf(a.series) === NOMINATION && a.kind === 'interview')
const comments = ofType('comment')

describe('content/demo/data.ndjson', () => {
  it('has one parsable document per line, with unique ids', () => {
    expect(parsed.filter((entry) => 'error' in entry)).toEqual([])
    for (const doc of docs) {
      expect(typeof doc._id, `ligne sans _id : ${JSON.stringify(doc).slice(0, 80)}`).toBe('string')
      expect(typeof doc._type).toBe('string')
      // Dots are reserved for drafts and comments (docs/content-model.md).
      if (doc._type !== 'comment') expect(doc._id).not.toContain('.')
    }
    expect(new Set(docs.map((d) => d._id)).size).toBe(docs.length)
  })

  it('resolves every reference and every image file', () => {
    const dangling: string[] = []
    const missing: string[] = []
    for (const doc of docs) {
      for (const [key, value] of walk(doc)) {
        if (key === '_ref' && !byId.has(String(value)))
          dangling.push(`${doc._id} → ${String(value)}`)
        if (key === '_sanityAsset') {
          const match = /^image@file:\/\/\.\/images\/([\w.-]+\.png)$/.exec(String(value))
          if (!match?.[1] || !existsSync(join(root, 'images', match[1])))
            missing.push(String(value))
        }
      }
    }
    expect(dangling).toEqual([])
    expect(missing).toEqual([])
  })

  it('has eight « Nomination du mois » interviews in eight consecutive months', () => {
    const months = nominations.map((a) => String(a.publishedAt).slice(0, 7)).sort()
    expect(new Set(months).size).toBeGreaterThanOrEqual(8)
    expect(months.slice(-8)).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ])
    for (const a of nominations) {
      expect(String(a.headline)).toMatch(/^3 questions à .+, nouv(eau|elle) .+ d(e |’|u |es )/)
      expect(String(a.standfirst)).toMatch(/Entretien\.$/)
      const body = a.body as Json[]
      expect(body[0]?._type).toBe('block')
      expect(plain([body[0]])).toMatch(/Interview\.$/)
      const qas = body.filter((b) => b._type === 'qa')
      expect(qas).toHaveLength(3)
      for (const q of qas) expect(refOf(q.speaker)).toBe(refOf(a.interviewee))
    }
  })

  it('has four other articles: a portrait, a news story, an opinion and another series', () => {
    const others = articles.filter((a) => !nominations.includes(a))
    expect(others.length).toBeGreaterThanOrEqual(4)
    const kinds = new Set(others.map((a) => a.kind))
    for (const kind of ['portrait', 'news', 'opinion']) expect(kinds).toContain(kind)
    expect(others.some((a) => refOf(a.series) && refOf(a.series) !== NOMINATION)).toBe(true)
    for (const a of articles) {
      for (const author of a.authors as Json[])
        expect(byId.get(refOf(author) ?? '')?.isJournalist).toBe(true)
    }
  })

  it('gives every qa block a person as speaker', () => {
    const speakers = articles.flatMap((a) => objects(a.body).filter((o) => o._type === 'qa'))
    expect(speakers.length).toBeGreaterThanOrEqual(24)
    for (const q of speakers) expect(byId.get(refOf(q.speaker) ?? '')?._type).toBe('person')
  })

  it('has people with careers and organisations forming a relation graph', () => {
    const people = ofType('person')
    const subjects = people.filter((p) => !p.isJournalist && (p.career as unknown[]).length > 0)
    expect(subjects.length).toBeGreaterThanOrEqual(12)
    expect(people.filter((p) => p.isJournalist).length).toBeGreaterThanOrEqual(2)
    const orgs = ofType('organisation')
    expect(orgs.length).toBeGreaterThanOrEqual(12)
    const linked = new Set<string>()
    const kinds = new Set<string>()
    for (const org of orgs) {
      for (const relation of (org.relations as Json[] | undefined) ?? []) {
        linked.add(org._id).add(refOf(relation.target) ?? '')
        kinds.add(String(relation.kind))
        expect(byId.get(refOf(relation.target) ?? '')?._type).toBe('organisation')
      }
    }
    expect(orgs.filter((org) => !linked.has(org._id)).map((o) => o._id)).toEqual([])
    expect([...kinds].sort()).toEqual(
      ['acquiredBy', 'attachedTo', 'memberOf', 'subsidiaryOf', 'successorOf'].sort(),
    )
  })

  it('has moderated comment threads in every state, up to three levels deep', () => {
    expect(comments.length).toBeGreaterThanOrEqual(40)
    expect(new Set(comments.map((c) => c.status))).toEqual(
      new Set(['pending', 'approved', 'rejected', 'spam']),
    )
    const depth = (c: Doc): number => {
      const parent = byId.get(refOf(c.parent) ?? '')
      return parent ? 1 + depth(parent) : 1
    }
    const maxDepth = Number(byId.get('siteSettings')?.commentsMaxDepth)
    expect(Math.max(...comments.map(depth))).toBe(3)
    expect(Math.max(...comments.map(depth))).toBeLessThanOrEqual(maxDepth)
    for (const c of comments) {
      expect(c._id).toMatch(
        /^comment\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      )
      const article = byId.get(refOf(c.article) ?? '')
      expect(article?._type).toBe('article')
      expect(Date.parse(String(c.createdAt))).toBeGreaterThan(
        Date.parse(String(article?.publishedAt)),
      )
      const parent = byId.get(refOf(c.parent) ?? '')
      if (c.parent) {
        expect(parent?.status, `${c._id} répond à un commentaire non approuvé`).toBe('approved')
        expect(refOf(parent?.article)).toBe(refOf(c.article))
      }
      const trail = (c.moderation as Json[]).map((e) => e.action)
      expect(trail[0]).toBe('submitted')
      if (c.status !== 'pending') expect(trail).toContain(c.status)
      else expect(trail).toEqual(['submitted'])
      if (c.status !== 'approved') expect(c.votes).toBe(0)
    }
    expect(
      comments.filter((c) => c.status === 'spam').every((c) => /https?:\/\//.test(String(c.body))),
    ).toBe(true)
  })

  it('has one article with more top-level comments than two pages of the thread', () => {
    const pageSize = Number(byId.get('siteSettings')?.commentsPageSize)
    const topLevel = new Map<string, number>()
    for (const c of comments) {
      if (c.status !== 'approved' || c.parent) continue
      const article = refOf(c.article) ?? ''
      topLevel.set(article, (topLevel.get(article) ?? 0) + 1)
    }
    expect(pageSize).toBeGreaterThan(0)
    expect(Math.max(...topLevel.values())).toBeGreaterThan(2 * pageSize)
  })

  it('anchors inline comments on an exact passage of a block of their article', () => {
    const anchored = comments.filter((c) => c.anchor)
    expect(anchored.length).toBeGreaterThanOrEqual(3)
    for (const c of anchored) {
      const anchor = c.anchor as { blockKey: string; quote: string }
      const body = byId.get(refOf(c.article) ?? '')?.body as Json[]
      const block = body.find((b) => b._key === anchor.blockKey)
      expect(block, `${c._id} : bloc ${anchor.blockKey} introuvable`).toBeDefined()
      expect(
        passages(block ?? {}).some((text) => text.includes(anchor.quote)),
        anchor.quote,
      ).toBe(true)
    }
  })

  it('uses only example domains for e-mails and web addresses', () => {
    const example = /(^|\.)example\.(com|org|net)$/
    const emails = text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []
    expect(emails.length).toBeGreaterThan(40)
    expect(emails.filter((e) => !example.test(e.split('@')[1] ?? ''))).toEqual([])
    const urls = text.match(/https?:\/\/[^\s"<>]+/g) ?? []
    expect(urls.filter((u) => !example.test(new URL(u).hostname))).toEqual([])
  })

  it('follows French typography in editorial text', () => {
    const keys = [
      'text',
      'question',
      'headline',
      'standfirst',
      'title',
      'tagline',
      'caption',
      'alt',
    ]
    const strings = docs
      .filter((d) => d._type !== 'comment')
      .flatMap((d) =>
        objects(d).flatMap((o) => {
          if (o._type === 'block') return [plain([o])]
          if (o._type === 'span') return []
          return [...keys, 'description', 'label', 'jobTitle'].flatMap((k) =>
            typeof o[k] === 'string' ? [String(o[k])] : [],
          )
        }),
      )
    expect(strings.length).toBeGreaterThan(300)
    const faults = strings.filter(
      (s) =>
        /['"]/.test(s) || /[^\s][:;!?»]/.test(s) || /«[^\s]/.test(s) || s !== s.trim() || s === '',
    )
    expect(faults).toEqual([])
  })
})

describe('scripts/demo builder', () => {
  let first: ReturnType<typeof buildDemoDataset>
  let second: ReturnType<typeof buildDemoDataset>
  // Drawing some forty PNGs twice takes a few seconds on a busy machine.
  beforeAll(() => {
    first = buildDemoDataset()
    second = buildDemoDataset()
  }, 120_000)

  it('is deterministic, byte for byte', () => {
    expect(second.ndjson).toBe(first.ndjson)
    expect([...second.images.keys()]).toEqual([...first.images.keys()])
    for (const [file, bytes] of first.images)
      expect(second.images.get(file)?.equals(bytes), file).toBe(true)
  })

  it('matches the committed files (run `npm run demo:build` after editing scripts/demo)', () => {
    expect(first.ndjson).toBe(text)
    for (const [file, bytes] of first.images) {
      const onDisk = join(root, 'images', file)
      expect(existsSync(onDisk) && readFileSync(onDisk).equals(bytes), file).toBe(true)
      expect(bytes.length, `${file} dépasse 60 Ko`).toBeLessThan(60_000)
    }
  })
})
