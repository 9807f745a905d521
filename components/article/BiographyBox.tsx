import { CareerTimeline, careerEntries, type CareerEntry } from '@/components/person/CareerTimeline'
import { RichText } from '@/components/portable-text/RichText'
import type { SimpleBlockContent } from '@/components/portable-text/marks'
import { resolveHref } from '@/lib/href'

export interface BiographyBoxProps {
  name: string
  slug: string | null
  biography: SimpleBlockContent
  career: readonly CareerEntry[]
}

/**
 * « Biographie »: the interviewee's prose biography, then the dated career (oldest first) when
 * the person document has one. Nothing at all when it has neither.
 */
export function BiographyBox({ name, slug, biography, career }: BiographyBoxProps) {
  const hasCareer = careerEntries(career).length > 0
  if (biography.length === 0 && !hasCareer) return null
  const personHref = resolveHref('person', slug)
  return (
    <aside
      aria-labelledby="biographie"
      className="mx-auto mt-12 max-w-2xl border border-rule bg-ink/[0.03] p-6"
    >
      <h2 id="biographie" className="text-xl font-bold">
        Biographie
      </h2>
      <p className="mt-1 mb-4 text-sm text-muted">
        {personHref ? (
          <a href={personHref} className="underline">
            {name}
          </a>
        ) : (
          name
        )}
      </p>
      {biography.length > 0 ? (
        <div data-testid="biography-prose">
          <RichText value={biography} className="space-y-3 font-serif leading-relaxed" />
        </div>
      ) : null}
      {hasCareer ? (
        <div className={biography.length > 0 ? 'mt-6' : undefined}>
          <CareerTimeline career={career} />
        </div>
      ) : null}
    </aside>
  )
}
