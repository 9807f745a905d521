import { formatDate } from '@/lib/dates'
import { resolveHref } from '@/lib/href'
import { articleBodyText, excerpt, matches, type SearchResults as Results } from '@/lib/search'
import { frenchTypography } from '@/lib/typography'

import { Highlighted } from './Highlighted'

/** Results shown per group; the count in the heading is the full one. */
const SHOWN = 30

export interface SearchResultsProps {
  query: string
  tokens: readonly string[]
  results: Results
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`
}

/** Search results grouped as Articles, Personnalités, Organisations, with counts. */
export function SearchResults({ query, tokens, results }: SearchResultsProps) {
  if (results.total === 0) {
    return (
      <p role="status" className="mt-8 text-lg">
        {frenchTypography(
          `Aucun résultat pour « ${query} ». Vérifiez l’orthographe ou essayez un autre mot.`,
        )}
      </p>
    )
  }
  const { articles, people, organisations } = results
  return (
    <div className="mt-8">
      <p role="status" className="text-muted">
        {frenchTypography(`${plural(results.total, 'résultat', 'résultats')} pour « ${query} »`)}
      </p>
      {articles.length > 0 ? (
        <ResultGroup id="resultats-articles" title="Articles" count={articles.length}>
          {articles.slice(0, SHOWN).map(({ item }) => {
            const href = resolveHref('article', item.slug)
            if (!href) return null
            const body = matches(item.standfirst, tokens)
              ? item.standfirst
              : (excerpt(articleBodyText(item), tokens) ?? item.standfirst)
            return (
              <li key={item._id} data-testid="search-result">
                {item.series ? (
                  <p className="text-xs font-semibold tracking-widest text-accent-ink uppercase">
                    {item.series}
                  </p>
                ) : null}
                <h3 className="text-lg leading-snug font-bold">
                  <a href={href} className="hover:underline">
                    <Highlighted text={item.headline} tokens={tokens} />
                  </a>
                </h3>
                {body ? (
                  <p className="mt-1 text-sm text-muted">
                    <Highlighted text={body} tokens={tokens} />
                  </p>
                ) : null}
                {item.publishedAt ? (
                  <time dateTime={item.publishedAt} className="text-xs text-muted">
                    {formatDate(item.publishedAt)}
                  </time>
                ) : null}
              </li>
            )
          })}
        </ResultGroup>
      ) : null}
      {people.length > 0 ? (
        <ResultGroup id="resultats-personnalites" title="Personnalités" count={people.length}>
          {people.slice(0, SHOWN).map(({ item }) => {
            const href = resolveHref(item.isJournalist ? 'author' : 'person', item.slug)
            if (!href) return null
            return (
              <li key={item._id} data-testid="search-result">
                <a href={href} className="font-bold hover:underline">
                  <Highlighted text={item.name} tokens={tokens} />
                </a>
                {item.jobTitle ? (
                  <p className="text-sm text-muted">
                    <Highlighted text={item.jobTitle} tokens={tokens} />
                  </p>
                ) : null}
              </li>
            )
          })}
        </ResultGroup>
      ) : null}
      {organisations.length > 0 ? (
        <ResultGroup
          id="resultats-organisations"
          title="Organisations"
          count={organisations.length}
        >
          {organisations.slice(0, SHOWN).map(({ item }) => {
            const href = resolveHref('organisation', item.slug)
            if (!href) return null
            return (
              <li key={item._id} data-testid="search-result">
                <a href={href} className="font-bold hover:underline">
                  <Highlighted text={item.name} tokens={tokens} />
                </a>
                {item.shortName && item.shortName !== item.name ? (
                  <>
                    {' '}
                    (<Highlighted text={item.shortName} tokens={tokens} />)
                  </>
                ) : null}
                {item.city ? (
                  <p className="text-sm text-muted">
                    <Highlighted text={item.city} tokens={tokens} />
                  </p>
                ) : null}
              </li>
            )
          })}
        </ResultGroup>
      ) : null}
    </div>
  )
}

interface ResultGroupProps {
  id: string
  title: string
  count: number
  children: React.ReactNode
}

function ResultGroup({ id, title, count, children }: ResultGroupProps) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="border-b border-rule pb-2 text-2xl font-bold">
        {title} <span className="text-base font-normal text-muted">({count})</span>
      </h2>
      {count > SHOWN ? (
        <p className="mt-2 text-sm text-muted">
          Les {SHOWN} plus pertinents sont affichés : précisez votre recherche pour affiner.
        </p>
      ) : null}
      <ul className="mt-4 flex flex-col gap-6">{children}</ul>
    </section>
  )
}
