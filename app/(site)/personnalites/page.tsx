import type { Metadata } from 'next'

import { PersonCard } from '@/components/person/PersonCard'
import { Breadcrumb } from '@/components/site/Breadcrumb'
import { fetchContent } from '@/lib/content'
import { groupByLetter } from '@/lib/people'
import { peopleIndexQuery } from '@/sanity/lib/queries'

const description =
  'Les dirigeantes et dirigeants d’entreprises, de fédérations et d’associations interrogés ou cités par Kiosque, par ordre alphabétique.'

export const metadata: Metadata = {
  title: 'Personnalités',
  description,
  alternates: { canonical: '/personnalites' },
  openGraph: { type: 'website', title: 'Personnalités', description, url: '/personnalites' },
}

export default async function PeopleIndexPage() {
  const people = await fetchContent(peopleIndexQuery)
  const groups = groupByLetter(people)

  return (
    <div className="mx-auto max-w-5xl px-4 pt-6 pb-16 sm:px-6" data-testid="people-index">
      <Breadcrumb trail={[{ label: 'Personnalités', href: '/personnalites' }]} />
      <h1 className="mt-8 text-3xl font-bold sm:text-5xl">Personnalités</h1>
      <p className="mt-4 max-w-2xl font-serif text-lg text-muted">{description}</p>
      {groups.length > 1 ? (
        <nav aria-label="Initiales" className="mt-8">
          <ul className="flex flex-wrap gap-2">
            {groups.map((group) => (
              <li key={group.letter}>
                <a
                  href={`#lettre-${group.letter}`}
                  className="inline-block min-w-9 border border-rule px-2 py-1 text-center font-semibold hover:border-accent"
                >
                  {group.letter}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.length === 0 ? (
        <p className="mt-10">Aucune personnalité pour l’instant.</p>
      ) : (
        groups.map((group) => (
          <section key={group.letter} aria-labelledby={`lettre-${group.letter}`} className="mt-12">
            <h2
              id={`lettre-${group.letter}`}
              className="scroll-mt-4 border-b border-rule pb-2 text-2xl font-bold"
            >
              {group.letter}
            </h2>
            <ul className="mt-6 grid gap-8 sm:grid-cols-2">
              {group.people.map((person) => (
                <li key={person._id}>
                  <PersonCard person={person} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  )
}
