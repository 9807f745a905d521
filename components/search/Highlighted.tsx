import { highlight } from '@/lib/search'
import { frenchTypography } from '@/lib/typography'

export interface HighlightedProps {
  text: string
  tokens: readonly string[]
}

/** Text with the words matching the search wrapped in `<mark>`. */
export function Highlighted({ text, tokens }: HighlightedProps) {
  return (
    <>
      {highlight(frenchTypography(text), tokens).map((segment, index) =>
        segment.match ? (
          // Segments have no identity beyond their position in this fixed text.
          <mark key={index} className="rounded-sm bg-accent/15 px-0.5 text-ink">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  )
}
