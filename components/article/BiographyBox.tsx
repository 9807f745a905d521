import { CareerTimeline, careerEntries, type CareerEntry } from '@/components/person/CareerTimeline'
import { resolveHref } from '@/lib/href'

export interface BiographyBoxProps {
  name: string
  slug: string | null
  career: readonly CareerEntry[]
}

/** « Biographie »: the interviewee's dated career, oldest first, built from the person document. */
export function BiographyBox({ name, slug, career }: BiographyBoxProps) {
  if (careerEntries(career).length === 0) return null
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
      <CareerTimeline career={career} />
    </aside>
  )
}
