import { PortableText, type InferStrictComponents } from '@portabletext/react'

import { typeset } from '@/lib/typeset'

import { blockStyles, listStyles } from './blocks'
import { markComponents, type SimpleBlockContent } from './marks'

const components = {
  marks: markComponents,
  list: listStyles,
  block: { normal: blockStyles.normal },
} satisfies InferStrictComponents<SimpleBlockContent>

export interface RichTextProps {
  value: SimpleBlockContent
  className?: string
}

/**
 * A `simpleBlockContent` value (biography, description): paragraphs, bullet lists and the
 * same mention links as article bodies, with French typography applied at render.
 */
export function RichText({ value, className }: RichTextProps) {
  if (value.length === 0) return null
  return (
    <div className={className ?? 'space-y-4 font-serif text-lg leading-relaxed'}>
      <PortableText value={typeset(value)} components={components} />
    </div>
  )
}
