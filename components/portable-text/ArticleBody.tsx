import { PortableText, type InferStrictComponents } from '@portabletext/react'
import type { ReactNode } from 'react'

import { SanityImage } from '@/components/SanityImage'
import { speakerLabels } from '@/lib/speakers'
import type { ArticleQueryResult } from '@/sanity.types'

import { ExternalLink, OrganisationMention, PersonMention } from './marks'

type Body = NonNullable<NonNullable<ArticleQueryResult>['body']>
type QaBlock = Extract<Body[number], { _type: 'qa' }>
type Answer = NonNullable<QaBlock['answer']>

const marks = {
  personMention: ({ value, children }) => (
    <PersonMention person={value?.person ?? null}>{children}</PersonMention>
  ),
  organisationMention: ({ value, children }) => (
    <OrganisationMention organisation={value?.organisation ?? null}>{children}</OrganisationMention>
  ),
  link: ({ value, children }) => <ExternalLink href={value?.href ?? null}>{children}</ExternalLink>,
} satisfies InferStrictComponents<Answer>['marks']

// Block styles only read their children, so one set serves the body and the answers.
type BlockProps = { children?: ReactNode }

const blockStyles = {
  normal: ({ children }: BlockProps) => <p>{children}</p>,
  h2: ({ children }: BlockProps) => <h2 className="mt-10 text-2xl font-bold">{children}</h2>,
  h3: ({ children }: BlockProps) => <h3 className="mt-8 text-xl font-bold">{children}</h3>,
  blockquote: ({ children }: BlockProps) => (
    <blockquote className="border-accent my-6 border-l-4 pl-4 font-serif text-xl italic">
      {children}
    </blockquote>
  ),
}

function QuestionAnswer({ value, label }: { value: QaBlock; label: string | null }) {
  const answer = value.answer ?? []
  const firstKey = answer[0]?._key
  return (
    <section
      id={`bloc-${value._key}`}
      data-testid="qa"
      data-block-key={value._key}
      className="mt-10 scroll-mt-4"
    >
      <h2 className="text-ink font-sans text-lg leading-snug font-bold sm:text-xl">
        {value.question}
      </h2>
      <div className="mt-3 space-y-4">
        <PortableText
          value={answer}
          components={{
            marks,
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
    </section>
  )
}

export interface ArticleBodyProps {
  value: Body
}

/**
 * Renders an article body. Every block type of the schema has a renderer here: adding one to the
 * schema fails type-checking until it is rendered. Q&A labels come from the speaker reference:
 * full name on a speaker's first answer, initials afterwards.
 */
export function ArticleBody({ value }: ArticleBodyProps) {
  const qaBlocks = value.filter((item): item is QaBlock => item._type === 'qa')
  const labels = speakerLabels(qaBlocks.map((qa) => qa.speaker))
  const labelByKey = new Map(qaBlocks.map((qa, index) => [qa._key, labels[index] ?? null]))

  const components = {
    marks,
    block: blockStyles,
    types: {
      qa: ({ value: qa }) => <QuestionAnswer value={qa} label={labelByKey.get(qa._key) ?? null} />,
      bodyImage: ({ value: image }) => (
        <figure className="my-8">
          <SanityImage image={image} sizes="(min-width: 768px) 42rem, 100vw" />
          {image.caption || image.credit ? (
            <figcaption className="text-muted mt-2 text-sm">
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
