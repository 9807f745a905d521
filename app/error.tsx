'use client'

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-2xl px-4 py-24 text-center">
      <h1 className="font-serif text-3xl font-bold">Un incident est survenu</h1>
      <p className="text-muted mt-4">
        La page n’a pas pu être affichée. Réessayez dans un instant ; si le problème persiste,
        revenez plus tard.
      </p>
      <button
        type="button"
        onClick={reset}
        className="bg-ink text-paper mt-8 rounded px-4 py-2 font-semibold"
      >
        Réessayer
      </button>
    </main>
  )
}
