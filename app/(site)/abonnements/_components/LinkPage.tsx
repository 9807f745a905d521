import { Suspense, type ReactNode } from 'react'

/** Props of `LinkPage`. */
export interface LinkPageProps {
  title: string
  /** The request-time part, which checks the signed link. */
  children: ReactNode
}

/**
 * The frame shared by the pages a signed mail link opens: the title is prerendered, the check of
 * the link (clock, private database) streams in at request time.
 */
export function LinkPage({ title, children }: LinkPageProps) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-12 sm:px-6">
      <h1 className="text-3xl font-bold">{title}</h1>
      <Suspense fallback={<p className="mt-6 text-muted">Vérification du lien…</p>}>
        {children}
      </Suspense>
    </div>
  )
}
