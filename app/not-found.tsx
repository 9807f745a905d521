export default function NotFound() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-24 text-center">
      <p className="font-semibold text-accent-ink">Erreur 404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Page introuvable</h1>
      <p className="mt-4 text-muted">
        L’adresse demandée ne correspond à aucune page de Kiosque. Elle a peut-être été déplacée.
      </p>
      <p className="mt-8">
        <a href="/" className="text-accent-ink underline">
          Retour à l’accueil
        </a>
      </p>
    </main>
  )
}
