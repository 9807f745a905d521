import type { ReactNode } from 'react'

import { SanityImage, type SanityImageValue } from '@/components/SanityImage'
import { frenchTypography } from '@/lib/typography'

export interface PersonHeaderProps {
  name: string
  jobTitle: string | null
  portrait: SanityImageValue | null
  /** A line under the title: the newsroom note, a link to the other page of the person. */
  children?: ReactNode
}

/** Portrait, name (the page's h1) and current title of a person or an author. */
export function PersonHeader({ name, jobTitle, portrait, children }: PersonHeaderProps) {
  return (
    <header className="mt-8 flex flex-col gap-6 sm:flex-row sm:items-center">
      {portrait?.asset ? (
        <SanityImage
          image={{ ...portrait, alt: portrait.alt || `Portrait de ${name}` }}
          priority
          sizes="10rem"
          className="size-32 shrink-0 rounded-full object-cover sm:size-40"
        />
      ) : null}
      <div>
        <h1 className="text-3xl leading-tight font-bold sm:text-5xl">{name}</h1>
        {jobTitle ? (
          <p
            className="mt-2 font-serif text-xl text-muted first-letter:uppercase"
            data-testid="job-title"
          >
            {frenchTypography(jobTitle)}
          </p>
        ) : null}
        {children}
      </div>
    </header>
  )
}
