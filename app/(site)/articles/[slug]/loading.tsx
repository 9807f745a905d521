/** Skeleton of the article layout while a page not yet cached is rendered. */
export default function ArticleLoading() {
  return (
    <div className="animate-pulse px-4 pt-8 pb-16 sm:px-6" aria-busy="true" aria-live="polite">
      <span className="sr-only">Chargement de l’article…</span>
      <div className="mx-auto max-w-3xl">
        <div className="bg-rule h-4 w-40" />
        <div className="bg-rule mt-4 h-10 w-full" />
        <div className="bg-rule mt-2 h-10 w-2/3" />
        <div className="bg-rule mt-8 aspect-[3/2] w-full" />
        <div className="bg-rule mt-8 h-6 w-full" />
        <div className="bg-rule mt-2 h-6 w-5/6" />
      </div>
    </div>
  )
}
