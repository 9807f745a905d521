import type { ReactNode } from 'react'

// Block styles only read their children, so one set serves article bodies, Q&A answers,
// biographies and descriptions.
type BlockProps = { children?: ReactNode }

/** Paragraph and heading styles shared by every Portable Text renderer. */
export const blockStyles = {
  normal: ({ children }: BlockProps) => <p>{children}</p>,
  h2: ({ children }: BlockProps) => <h2 className="mt-10 text-2xl font-bold">{children}</h2>,
  h3: ({ children }: BlockProps) => <h3 className="mt-8 text-xl font-bold">{children}</h3>,
  blockquote: ({ children }: BlockProps) => (
    <blockquote className="my-6 border-l-4 border-accent pl-4 font-serif text-xl italic">
      {children}
    </blockquote>
  ),
}

/** Lists: Tailwind's reset removes markers, so they are restored here. */
export const listStyles = {
  bullet: ({ children }: BlockProps) => <ul className="list-disc space-y-1 pl-6">{children}</ul>,
  number: ({ children }: BlockProps) => <ol className="list-decimal space-y-1 pl-6">{children}</ol>,
}
