import { MAX_QUERY_LENGTH } from '@/lib/search'

export interface SearchFormProps {
  /** The query to show in the field, when known. */
  query?: string
}

/** A plain GET form: it works before, and without, any JavaScript. */
export function SearchForm({ query }: SearchFormProps) {
  return (
    <form
      role="search"
      action="/recherche"
      method="get"
      className="mt-6 flex flex-col gap-2 sm:flex-row sm:items-end"
    >
      <div className="flex grow flex-col gap-1">
        <label htmlFor="recherche-q" className="text-sm font-semibold">
          Rechercher un article, une personnalité ou une organisation
        </label>
        <input
          id="recherche-q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          enterKeyHint="search"
          className="w-full rounded-sm border border-rule bg-paper px-3 py-2 text-base"
        />
      </div>
      <button
        type="submit"
        className="rounded-sm bg-ink px-5 py-2 font-semibold text-paper hover:bg-accent"
      >
        Rechercher
      </button>
    </form>
  )
}
