import { digest } from './hash'
import { ids, ref } from './ids'

/**
 * Portable Text written as readable strings. Inline markup:
 * `[[p:slug|texte]]` person mention, `[[o:slug|texte]]` organisation mention,
 * `[[a:https://…|texte]]` link, `[[b|texte]]` strong, `[[i|texte]]` em.
 * Block and span `_key`s are added later from the document path (see withKeys).
 */
export interface Span {
  _type: 'span'
  text: string
  marks: string[]
}

export type MarkDef =
  | { _key: string; _type: 'personMention'; person: ReturnType<typeof ref> }
  | { _key: string; _type: 'organisationMention'; organisation: ReturnType<typeof ref> }
  | { _key: string; _type: 'link'; href: string }

export interface Block {
  _type: 'block'
  style: 'normal' | 'h2' | 'h3' | 'blockquote'
  listItem?: 'bullet' | 'number'
  level?: number
  markDefs: MarkDef[]
  children: Span[]
}

export interface Qa {
  _type: 'qa'
  question: string
  speaker: ReturnType<typeof ref>
  answer: Block[]
}

export type BodyNode = Block | Qa

const TOKEN = /\[\[([opabi])(?::([^|\]]+))?\|([^\]]+)\]\]/g

function markDef(kind: string, target: string, index: number): MarkDef {
  const _key = digest(`${kind}:${target}:${index}`, 10)
  switch (kind) {
    case 'p':
      return { _key, _type: 'personMention', person: ref(ids.person(target)) }
    case 'o':
      return { _key, _type: 'organisationMention', organisation: ref(ids.organisation(target)) }
    case 'a':
      return { _key, _type: 'link', href: target }
    default:
      throw new Error(`Annotation inconnue « ${kind} »`)
  }
}

/** French thousands separator: a narrow no-break space (« 2 430 » written with a plain space). */
export const frenchNumbers = (text: string) => text.replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u202f')

export function block(source: string, style: Block['style'] = 'normal'): Block {
  const text = frenchNumbers(source)
  const children: Span[] = []
  const markDefs: MarkDef[] = []
  let last = 0
  for (const match of text.matchAll(TOKEN)) {
    const [whole, kind = '', target = '', inner = ''] = match
    if (match.index > last)
      children.push({ _type: 'span', text: text.slice(last, match.index), marks: [] })
    if (kind === 'b' || kind === 'i') {
      children.push({ _type: 'span', text: inner, marks: [kind === 'b' ? 'strong' : 'em'] })
    } else {
      const def = markDef(kind, target, markDefs.length)
      markDefs.push(def)
      children.push({ _type: 'span', text: inner, marks: [def._key] })
    }
    last = match.index + whole.length
  }
  if (last < text.length) children.push({ _type: 'span', text: text.slice(last), marks: [] })
  const plain = children.map((s) => s.text).join('')
  if (plain.includes('[[') || plain.includes(']]')) throw new Error(`Balise mal formée : ${text}`)
  return { _type: 'block', style, markDefs, children }
}

export const p = (text: string) => block(text)
export const h2 = (text: string) => block(text, 'h2')
export const quote = (text: string) => block(text, 'blockquote')

export function bullets(items: string[]): Block[] {
  return items.map((item) => ({ ...block(item), listItem: 'bullet', level: 1 }))
}

/** A question and its answer; the speaker label is generated at render, never typed. */
export function qa(question: string, speaker: string, ...answer: string[]): Qa {
  return {
    _type: 'qa',
    question: frenchNumbers(question),
    speaker: ref(ids.person(speaker)),
    answer: answer.map(p),
  }
}

export function plainText(node: BodyNode): string {
  if (node._type === 'block') return node.children.map((s) => s.text).join('')
  return [node.question, ...node.answer.map(plainText)].join('\n')
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

/**
 * Adds a `_key` to every object in an array, derived from the document id and its path, so keys
 * are unique within the document and identical on every build.
 */
export function withKeys<T>(docId: string, value: T, path = ''): T {
  if (Array.isArray(value)) {
    return value.map((item, i) => {
      const itemPath = `${path}[${i}]`
      const keyed = withKeys(docId, item, itemPath)
      if (keyed && typeof keyed === 'object' && !('_key' in keyed)) {
        return { _key: digest(`${docId}${itemPath}`), ...keyed }
      }
      return keyed
    }) as T
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, withKeys(docId, v, `${path}.${k}`)]),
    ) as T
  }
  return value
}
