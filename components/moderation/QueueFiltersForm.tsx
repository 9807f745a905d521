import type { Queue, QueueFilters } from '@/lib/moderation'

import { linkClass } from './labels'

export interface QueueFiltersFormProps {
  filters: QueueFilters
  articles: Queue['articles']
}

const field = 'border-rule mt-1 block w-full rounded border bg-transparent px-2 py-1'

/** Filters and search as a GET form: every view of the queue has its own URL. */
export function QueueFiltersForm({ filters, articles }: QueueFiltersFormProps) {
  return (
    <form
      method="get"
      action="/moderation"
      role="search"
      aria-label="Filtrer les commentaires"
      className="mt-4 grid gap-3 text-sm sm:grid-cols-6"
    >
      <input type="hidden" name="statut" value={filters.statut} />
      {filters.tri ? <input type="hidden" name="tri" value={filters.tri} /> : null}
      <label className="sm:col-span-2">
        Rechercher (nom, e-mail, texte)
        <input type="search" name="q" defaultValue={filters.q} className={field} />
      </label>
      <label className="sm:col-span-2">
        Article
        <select name="article" defaultValue={filters.article ?? ''} className={field}>
          <option value="">Tous les articles</option>
          {articles.map((article) => (
            <option key={article._id} value={article._id}>
              {article.headline}
            </option>
          ))}
        </select>
      </label>
      <label>
        Du
        <input type="date" name="du" defaultValue={filters.du} className={field} />
      </label>
      <label>
        Au
        <input type="date" name="au" defaultValue={filters.au} className={field} />
      </label>
      <div className="flex gap-3 sm:col-span-6">
        <button type="submit" className="rounded bg-ink px-3 py-1 font-medium text-paper">
          Filtrer
        </button>
        <a href={`/moderation?statut=${filters.statut}`} className={`self-center ${linkClass}`}>
          Effacer les filtres
        </a>
      </div>
    </form>
  )
}
