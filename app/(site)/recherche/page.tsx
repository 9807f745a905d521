import type { Metadata } from 'next'

import { SearchForm } from '@/components/search/SearchForm'
import { SearchResults } from '@/components/search/SearchResults'
import { fetchContent } from '@/lib/content'
import { parseSearchQuery, searchIndex, type ParsedQuery } from '@/lib/search'
import { frenchTypography } from '@/lib/typography'
import { searchIndexQuery } from '@/sanity/lib/queries'

export const metadata: Metadata = {
  title: 'Recherche',
  description: 'Rechercher parmi les articles, les personnalités et les organisations de Kiosque.',
  alternates: { canonical: '/recherche' },
  // Result pages are endless variations of the site's content: keep them out of search engines.
  robots: { index: false, follow: true },
}

/*
 * The results are rendered in the first HTML, not streamed behind <Suspense>: a streamed
 * boundary is revealed by an inline script, so without JavaScript the reader would only ever
 * see its fallback. Everything here is cached content, so blocking costs one in-memory search.
 */
export const instant = false

export default async function SearchPage(props: PageProps<'/recherche'>) {
  const parsed = parseSearchQuery((await props.searchParams).q)
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold">Recherche</h1>
      <SearchForm
        query={parsed.status === 'empty' || parsed.status === 'invalid' ? '' : parsed.query}
      />
      <Results parsed={parsed} />
    </div>
  )
}

async function Results({ parsed }: { parsed: ParsedQuery }) {
  switch (parsed.status) {
    case 'empty':
      return (
        <p className="mt-8 text-muted">
          {frenchTypography(
            'Saisissez un nom, une organisation ou un sujet, par exemple « numérique ».',
          )}
        </p>
      )
    case 'short':
      return (
        <p role="status" className="mt-8">
          Votre recherche est trop courte : saisissez au moins un mot de deux lettres.
        </p>
      )
    case 'invalid':
      return (
        <p role="alert" className="mt-8">
          {parsed.message}
        </p>
      )
    case 'ok': {
      const index = await fetchContent(searchIndexQuery)
      return (
        <SearchResults
          query={parsed.query}
          tokens={parsed.tokens}
          results={searchIndex(index, parsed.tokens)}
        />
      )
    }
  }
}
