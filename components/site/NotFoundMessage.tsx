export interface NotFoundMessageProps {
  title: string
  text: string
  /** A listing to go back to, besides the home page. */
  back?: { href: string; label: string }
}

/** The body of a route's not-found page: one h1, a French explanation, ways out. */
export function NotFoundMessage({ title, text, back }: NotFoundMessageProps) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4 text-muted">{text}</p>
      <ul className="mt-8 flex flex-wrap justify-center gap-x-6 gap-y-2">
        {back ? (
          <li>
            <a href={back.href} className="text-accent-ink underline">
              {back.label}
            </a>
          </li>
        ) : null}
        <li>
          <a href="/" className="text-accent-ink underline">
            Retour à l’accueil
          </a>
        </li>
      </ul>
    </div>
  )
}
