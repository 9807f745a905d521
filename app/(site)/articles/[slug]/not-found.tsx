export default function ArticleNotFound() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold">Article introuvable</h1>
      <p className="mt-4 text-muted">
        Cet article n’existe pas ou n’est plus en ligne. Il a peut-être changé d’adresse.
      </p>
      <p className="mt-8">
        <a href="/" className="text-accent-ink underline">
          Retour à l’accueil
        </a>
      </p>
    </div>
  )
}
