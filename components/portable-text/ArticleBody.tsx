import { PortableText, type InferStrictComponents } from '@portabletext/react'
import type { ReactNode } from 'react'

import { PassageTools, type PassageIndex } from '@/components/comments/PassageTools'
import { SanityImage } from '@/components/SanityImage'
import { speakerLabels } from '@/lib/speakers'
import type { ArticleQueryResult } from '@/sanity.types'

import { blockStyles, listStyles } from './blocks'
import { markComponents as marks } from './marks'

type Body = NonNullable<NonNullable<ArticleQueryResult>['body']>
type QaBlock = Extract<Body[number], { _type: 'qa' }>

function QuestionAnswer({
  value,
  label,
  tools,
}: {
  value: QaBlock
  label: string | null
  tools: ReactNode
}) {
  const answer = value.answer ?? []
  const firstKey = answer[0]?._key
  return (
    <section
      id={`bloc-${value._key}`}
      data-testid="qa"
      data-block-key={value._key}
      className="mt-10 scroll-mt-4"
    >
      <h2 className="font-sans text-lg leading-snug font-bold text-ink sm:text-xl">
        {value.question}
      </h2>
      <div className="mt-3 space-y-4">
        <PortableText
          value={answer}
          components={{
            marks,
            list: listStyles,
            block: {
              ...blockStyles,
              normal: ({ children, value: block }) => (
                <p>
                  {label && block._key === firstKey ? (
                    <strong data-testid="speaker-label" className="font-bold">
                      {label}
                      {'\u202F:'}{' '}
                    </strong>
                  ) : null}
                  {children}
                </p>
              ),
            },
          }}
        />
      </div>
      {tools}
    </section>
  )
}

export interface ArticleBodyProps {
  value: Body
  /**
   * « Commentaires en ligne »: when given, each paragraph and Q&A block gets a marker with its
   * approved inline comments and a « Commenter ce passage » link.
   */
  passages?: PassageIndex
}

/**
 * Renders an article body. Every block type of the schema has a renderer here: adding one to the
 * schema fails type-checking until it is rendered. Q&A labels come from the speaker reference:
 * full name on a speaker's first answer, initials afterwards.
 */
export function ArticleBody({ value, passages }: ArticleBodyProps) {
  const qaBlocks = value.filter((item): item is QaBlock => item._type === 'qa')
  const labels = speakerLabels(qaBlocks.map((qa) => qa.speaker))
  const labelByKey = new Map(qaBlocks.map((qa, index) => [qa._key, labels[index] ?? null]))

  const tools = (key: string) =>
    passages ? <PassageTools blockKey={key} entry={passages[key]} /> : null

  const components = {
    marks,
    list: listStyles,
    block: {
      ...blockStyles,
      normal: ({ children, value: block }) =>
        passages ? (
          <>
            <p id={`bloc-${block._key}`} data-block-key={block._key} className="scroll-mt-4">
              {children}
            </p>
            {tools(block._key)}
          </>
        ) : (
          <p>{children}</p>
        ),
    },
    types: {
      qa: ({ value: qa }) => (
        <QuestionAnswer value={qa} label={labelByKey.get(qa._key) ?? null} tools={tools(qa._key)} />
      ),
      bodyImage: ({ value: image }) => (
        <figure className="my-8">
          <SanityImage image={image} sizes="(min-width: 768px) 42rem, 100vw" />
          {image.caption || image.credit ? (
            <figcaption className="mt-2 text-sm text-muted">
              {image.caption} {image.credit ? <span>{image.credit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      ),
    },
  } satisfies InferStrictComponents<Body>

  return (
    <div className="space-y-5 font-serif text-lg leading-relaxed sm:text-[1.2rem]">
      <PortableText value={value} components={components} />
    </div>
  )
}
